package dev.csimodel.estimate;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.Moments;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.Convergence;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One {@link RepeatedEstimation} reused for several moment matrices gives, each time, the outer
 * weights and convergence of a fresh {@link PlsEstimator} estimate, bit for bit.
 */
class RepeatedEstimationTest {

    /** Same operations in the same order: no tolerance. */
    private static final double IDENTICAL = 0.0;

    private static void assertSameWeights(PlsSettings settings, PathModel model) {
        RepeatedEstimation repeated = new RepeatedEstimation(model, settings);
        double[] w = new double[model.indicators().size()];
        // the full data, then the first 120 and the last 150 rows, on the same instance
        int n = BankData.table().rowCount();
        for (int[] range : new int[][] {{0, n}, {0, 120}, {n - 150, n}}) {
            int[] rows = java.util.stream.IntStream.range(range[0], range[1]).toArray();
            Moments m = Moments.of(BankData.table().rows(rows), model.indicators());
            PlsResult full = new PlsEstimator(settings).estimate(model, m);
            double[] matrix = settings.scaling() == Scaling.STANDARDISED ? m.correlationMatrix() : m.covarianceMatrix();
            Convergence c = repeated.weights(matrix, m.observations(), w);
            assertEquals(full.convergence(), c);
            for (int i = 0; i < w.length; i++) {
                assertEquals(full.outerWeight(model.indicators().get(i)), w[i], IDENTICAL, model.indicators().get(i));
            }
        }
    }

    @Test
    void reusedInstanceGivesTheEstimatorsWeights() {
        assertSameWeights(PlsSettings.defaults(), BankData.model(OuterMode.A));
        assertSameWeights(PlsSettings.defaults().withScheme(InnerScheme.CENTROID), BankData.model(OuterMode.B));
        assertSameWeights(PlsSettings.defaults().withScaling(Scaling.CENTRED).withScheme(InnerScheme.FACTORIAL),
                BankData.model(OuterMode.A));
    }

    @Test
    void badArgumentsAreRejected() {
        PathModel model = BankData.model(OuterMode.A);
        RepeatedEstimation r = new RepeatedEstimation(model, PlsSettings.defaults());
        int p = model.indicators().size();
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> r.weights(new double[p * p - 1], 250, new double[p]));
        assertTrue(e.getMessage().contains("x " + p), e.getMessage());
        double[] identity = new double[p * p];
        for (int i = 0; i < p; i++) {
            identity[i * p + i] = 1;
        }
        // SAT has four predictors and an intercept: five observations leave no residual degree of
        // freedom (the other regressions have at most three parameters)
        CsiDataException small = assertThrows(CsiDataException.class, () -> r.weights(identity, 5, new double[p]));
        assertTrue(small.getMessage().contains("'SAT'"), small.getMessage());
        assertThrows(CsiSpecificationException.class, () -> new RepeatedEstimation(model,
                PlsSettings.defaults().withStartWeights(java.util.Map.of("nope", 1.0))));
    }
}
