package dev.csimodel.estimate;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model without structural paths is allowed: every construct is its own inner estimate, so Mode
 * A becomes the power iteration {@code w ∝ R w} and converges to the block's first principal
 * component, scaled to unit variance: {@code w = v / sqrt(λ)} for the largest eigenpair (λ, v) of
 * the block correlation matrix R (Tenenhaus et al. 2005, section 2.4). The eigenpair here comes
 * from commons-math3, independently of the engine's EJML.
 */
class MeasurementOnlyModelTest {

    /** The power iteration stops at tol 1e-14 on the squared change; the residual error is far below this. */
    static final double WEIGHT_TOL = 1e-6;

    @ParameterizedTest
    @ValueSource(strings = {"IMAG", "QUAL", "LOY"})
    void modeAWeightsAreTheFirstEigenvectorOfTheBlock(String construct) {
        DataTable data = BankData.table();
        List<String> block = BankData.indicators(construct);
        PathModel model = PathModel.builder().construct(construct).block(dev.csimodel.spec.OuterMode.A, block)
                .construct("SAT").block(dev.csimodel.spec.OuterMode.A, BankData.indicators("SAT")).build();
        PlsResult r = new PlsEstimator(PlsSettings.defaults().withTolerance(1e-14)).estimate(model, data);
        assertTrue(r.converged());
        assertTrue(r.model().paths().isEmpty());

        Moments m = Moments.of(data, block);
        int p = block.size();
        double[][] corr = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                corr[i][j] = m.correlation(i, j);
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(corr));
        int first = 0;
        for (int i = 1; i < p; i++) {
            if (eig.getRealEigenvalue(i) > eig.getRealEigenvalue(first)) {
                first = i;
            }
        }
        RealVector v = eig.getEigenvector(first);
        double sign = Math.signum(v.getEntry(0));
        for (int i = 0; i < p; i++) {
            double expected = sign * v.getEntry(i) / Math.sqrt(eig.getRealEigenvalue(first));
            assertEquals(expected, r.outerWeight(block.get(i)), WEIGHT_TOL, block.get(i));
        }
        assertTrue(r.rSquared(construct).isEmpty(), "no paths: R² does not apply");
    }

    @Test
    void aSingleConstructModelIsEstimated() {
        PathModel model = PathModel.builder().construct("LOY").modeA("loy1", "loy2", "loy3", "loy4").build();
        PlsResult r = PlsEstimator.withDefaults().estimate(model, BankData.table());
        assertTrue(r.converged());
        assertEquals(List.of(), r.effects());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void aModeBBlockWithoutPathsKeepsItsNormalisedStartWeights() {
        // Inner estimate = own composite, so the Mode B update R⁻¹·R·w = w: the all-ones start is a
        // fixed point, normalised to unit variance: w_i = 1 / sqrt(1'R1).
        DataTable data = BankData.table();
        List<String> block = BankData.indicators("VAL");
        PathModel model = PathModel.builder().construct("VAL").block(dev.csimodel.spec.OuterMode.B, block).build();
        PlsResult r = PlsEstimator.withDefaults().estimate(model, data);
        Moments m = Moments.of(data, block);
        double total = 0;
        for (int i = 0; i < block.size(); i++) {
            for (int j = 0; j < block.size(); j++) {
                total += m.correlation(i, j);
            }
        }
        for (String ind : block) {
            assertEquals(1 / Math.sqrt(total), r.outerWeight(ind), WEIGHT_TOL, ind);
        }
    }
}
