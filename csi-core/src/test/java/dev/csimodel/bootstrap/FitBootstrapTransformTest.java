package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.ModelFit;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bollen-Stine transformation makes the data's correlation matrix the implied one. */
class FitBootstrapTransformTest {

    private static final double CORRELATION_TOLERANCE = 1e-10;
    private static final double MOMENT_TOLERANCE = 1e-10;
    private static final double FIT_TOLERANCE = 1e-10;

    private static void assertTransformed(PathModel model, PlsSettings settings) {
        DataTable bank = BankData.table();
        PlsResult fit = new PlsEstimator(settings).estimate(model, bank);
        Moments m = fit.moments();
        ModelFit mf = fit.fit();
        for (double[][] sigma : new double[][][] {mf.impliedCorrelationSaturated(), mf.impliedCorrelationEstimated()}) {
            DataTable z = BollenStineTransform.transform(bank, m, sigma, "sigma");
            Moments mz = Moments.of(z, m.names());
            for (int i = 0; i < m.size(); i++) {
                assertEquals(m.mean(i), mz.mean(i), MOMENT_TOLERANCE * Math.abs(m.mean(i)), m.names().get(i));
                assertEquals(m.sd(i), mz.sd(i), MOMENT_TOLERANCE * m.sd(i), m.names().get(i));
                for (int j = 0; j < m.size(); j++) {
                    assertEquals(sigma[i][j], mz.correlation(i, j), CORRELATION_TOLERANCE, i + "," + j);
                }
            }
        }
    }

    @Test
    void transformedBankDataHaveTheImpliedCorrelationsAndTheOriginalMeansAndSds() {
        assertTransformed(BankData.model(OuterMode.A), PlsSettings.defaults());
    }

    @Test
    void transformationWorksForConsistentPlsFactorBlocks() {
        PathModelBuilder b = PathModel.builder();
        for (String c : BankData.CONSTRUCTS) {
            b.construct(c).block(OuterMode.A, BankData.indicators(c)).commonFactor();
        }
        assertTransformed(BankData.paths(b).build(), PlsSettings.defaults().withConsistent(true));
    }

    @Test
    void transformedDataFitTheirModelExactly() {
        // Mode B weights are consistent for composites, so re-estimating on Z recovers the weights
        // and construct correlations behind Σ: the saturated SRMR is 0 up to rounding. (Mode A is
        // not a fixed point: on Σ it moves the weights towards S_jj ŵ_j.)
        double[][] sigma = CompositePopulation.sigma(0.5, 0.4, 0.0);
        DataTable data = CompositePopulation.sample(sigma, 300, 11);
        PathModel model = CompositePopulation.model(false, OuterMode.B);
        PlsResult fit = PlsEstimator.withDefaults().estimate(model, data);
        DataTable z = BollenStineTransform.transform(data, fit.moments(), fit.fit().impliedCorrelationSaturated(), "s");
        assertEquals(0.0, PlsEstimator.withDefaults().estimate(model, z).fit().srmrSaturated(), FIT_TOLERANCE);
    }

    @Test
    void impliedMatrixThatIsNotPositiveDefiniteIsNamed() {
        DataTable bank = BankData.table();
        Moments m = Moments.of(bank, bank.columnNames());
        int p = m.size();
        // Identity with σ_01 = σ_10 = 1.5: the 2 x 2 block [[1, 1.5], [1.5, 1]] has eigenvalue 1 - 1.5 = -0.5.
        double[][] sigma = new double[p][p];
        for (int i = 0; i < p; i++) {
            sigma[i][i] = 1;
        }
        sigma[0][1] = 1.5;
        sigma[1][0] = 1.5;
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> BollenStineTransform.transform(bank, m, sigma, "the estimated model's implied correlation matrix"));
        assertTrue(e.getMessage().contains("the estimated model's implied correlation matrix is not positive definite"),
                e.getMessage());
    }
}
