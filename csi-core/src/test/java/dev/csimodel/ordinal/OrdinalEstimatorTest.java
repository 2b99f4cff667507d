package dev.csimodel.ordinal;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrdinalEstimatorTest {

    /** Two blocks of three-category items from correlated normals (n = 300, seed 11). */
    private static final DataTable DATA = data();

    private static DataTable data() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double[][] a = OrdinalSimulation.bivariate(300, 0.6, random);
        double[][] b = OrdinalSimulation.bivariate(300, 0.6, random);
        double[] cuts = {-0.5, 0.6};
        double[] b1 = new double[300];
        for (int r = 0; r < 300; r++) {
            b1[r] = 0.4 * a[0][r] + Math.sqrt(0.84) * b[0][r];
        }
        return DataTable.ofColumns(List.of("a1", "a2", "b1", "b2"), new double[][] {
            OrdinalSimulation.discretise(a[0], cuts), OrdinalSimulation.discretise(a[1], cuts),
            OrdinalSimulation.discretise(b1, cuts), OrdinalSimulation.discretise(b[1], cuts)});
    }

    @Test
    void theResultHasNoScoresNoMeansAndSaysWhy() {
        OrdinalResult r = new OrdinalEstimator(PlsSettings.defaults(), OrdinalSettings.allIndicators())
                .estimate(ModelSyntax.parse("A <~ a1 + a2\nB <~ b1 + b2\nB ~ A"), DATA);
        assertTrue(r.scores().isEmpty());
        assertTrue(OrdinalResult.NO_SCORES.contains("no construct scores"));
        assertThrows(CsiException.class, () -> r.pls().scores());
        assertFalse(r.pls().moments().hasMeans());
        CsiDataException e = assertThrows(CsiDataException.class, () -> r.pls().moments().mean(0));
        assertTrue(e.getMessage().contains("'a1'") && e.getMessage().contains("no means"), e.getMessage());
        assertEquals(300, r.pls().observations(), 0);
        assertEquals(r.correlations().correlation("a1", "b1"), r.pls().moments().correlation(0, 2), 0);
        assertTrue(r.pls().converged());
    }

    @Test
    void centredScalingAndHigherOrderModelsAreRefused() {
        assertThrows(CsiSpecificationException.class, () -> new OrdinalEstimator(
                PlsSettings.defaults().withScaling(Scaling.CENTRED), OrdinalSettings.allIndicators()));
        OrdinalEstimator est = new OrdinalEstimator(PlsSettings.defaults(), OrdinalSettings.allIndicators());
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> est.estimate(
                ModelSyntax.parse("A <~ a1 + a2\nB <~ b1\nH <~ A + B\nC <~ b2\nC ~ H"), DATA));
        assertTrue(e.getMessage().contains("higher-order"), e.getMessage());
    }
}
