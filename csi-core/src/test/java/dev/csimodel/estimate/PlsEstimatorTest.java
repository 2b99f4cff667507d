package dev.csimodel.estimate;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlsEstimatorTest {

    static final double TOL = 1e-9;

    @Test
    void momentsAndDataGiveTheSameResult() {
        DataTable data = BankData.table();
        PathModel model = BankData.model(OuterMode.A);
        PlsResult fromData = PlsEstimator.withDefaults().estimate(model, data);
        PlsResult fromMoments = PlsEstimator.withDefaults().estimate(model, Moments.of(data, data.columnNames()));
        for (String ind : model.indicators()) {
            assertEquals(fromData.outerWeight(ind), fromMoments.outerWeight(ind), 1e-13);
        }
        CsiException e = assertThrows(CsiException.class, fromMoments::scores);
        assertTrue(e.getMessage().contains("moments"));
    }

    @Test
    void resultCarriesSettingsAndDiagnostics() {
        PlsSettings s = PlsSettings.defaults().withScheme(InnerScheme.CENTROID);
        PlsResult r = new PlsEstimator(s).estimate(BankData.model(OuterMode.A), BankData.table());
        assertSame(s, r.settings());
        assertTrue(r.converged());
        assertEquals(250.0, r.observations());
    }

    @Test
    void scoresHaveZeroMeanAndUnitPopulationVariance() {
        PlsResult r = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), BankData.table());
        for (String c : BankData.CONSTRUCTS) {
            double[] y = r.scores().column(c);
            double mean = 0;
            double ss = 0;
            for (double v : y) {
                mean += v;
            }
            mean /= y.length;
            for (double v : y) {
                ss += (v - mean) * (v - mean);
            }
            assertEquals(0.0, mean, TOL, c);
            assertEquals(1.0, ss / y.length, TOL, c);
        }
    }

    @Test
    void nonConvergenceIsReportedOrThrown() {
        PlsSettings s = PlsSettings.defaults().withMaxIterations(2);
        PlsResult r = new PlsEstimator(s).estimate(BankData.model(OuterMode.A), BankData.table());
        assertFalse(r.converged());
        assertEquals(2, r.iterations());
        assertTrue(r.convergence().finalChange() > s.tolerance());
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> new PlsEstimator(s.withFailOnNonConvergence(true)).estimate(BankData.model(OuterMode.A), BankData.table()));
        assertTrue(e.getMessage().contains("did not converge in 2"));
    }

    @Test
    void measurementOnlyModelGivesFirstPrincipalComponents() {
        PathModel m = PathModel.builder().construct("SAT").modeA(BankData.indicators("SAT").toArray(String[]::new))
                .construct("LOY").modeA(BankData.indicators("LOY").toArray(String[]::new)).build();
        DataTable data = BankData.table();
        PlsResult r = new PlsEstimator(PlsSettings.defaults().withTolerance(1e-20)).estimate(m, data);
        Moments mo = Moments.of(data, BankData.indicators("SAT"));
        DMatrixRMaj corr = DMatrixRMaj.wrap(4, 4, mo.correlationMatrix());
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(4, true, true);
        assertTrue(eig.decompose(corr.copy()));
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (eig.getEigenvalue(i).getReal() > eig.getEigenvalue(best).getReal()) {
                best = i;
            }
        }
        DMatrixRMaj v = eig.getEigenVector(best);
        double sign = Math.signum(v.get(0, 0));
        double scale = Math.sqrt(eig.getEigenvalue(best).getReal());
        for (int i = 0; i < 4; i++) {
            // unit-variance composite: w = v / sqrt(lambda)
            assertEquals(sign * v.get(i, 0) / scale, r.outerWeight("sat" + (i + 1)), 1e-8);
        }
    }

    @Test
    void rejectsMissingColumnNamingIt() {
        DataTable data = BankData.table();
        List<String> cols = new java.util.ArrayList<>(data.columnNames());
        cols.remove("val3");
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), data.select(cols)));
        assertTrue(e.getMessage().contains("val3"));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(CsiSpecificationException.class, () -> PlsSettings.defaults().withTolerance(0));
        assertThrows(CsiSpecificationException.class, () -> PlsSettings.defaults().withTolerance(Double.NaN));
        assertThrows(CsiSpecificationException.class, () -> PlsSettings.defaults().withMaxIterations(0));
        assertThrows(CsiSpecificationException.class, () -> PlsSettings.defaults().withScheme(null));
        PlsSettings unknownStart = PlsSettings.defaults().withStartWeights(Map.of("nope", 1.0));
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> new PlsEstimator(unknownStart).estimate(BankData.model(OuterMode.A), BankData.table()));
        assertTrue(e.getMessage().contains("nope"));
    }

    @Test
    void singularModeBBlockIsNamed() {
        DataTable data = BankData.table();
        double[] copy = data.column("sat1");
        DataTable dup = data.withColumn("sat1copy", copy);
        PathModel m = PathModel.builder().construct("SAT").modeB("sat1", "sat2", "sat1copy")
                .construct("LOY").modeA("loy1", "loy2").path("SAT", "LOY").build();
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> PlsEstimator.withDefaults().estimate(m, dup));
        assertTrue(e.getMessage().contains("SAT") && e.getMessage().contains("sat1copy"), e.getMessage());
    }
}
