package dev.csimodel.segmentation.rebus;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.SegmentSimulation;
import dev.csimodel.segmentation.SegmentSolution;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** REBUS's three computations checked against hand calculations: Ward heights, CM, GQI. */
class RebusHandComputationTest {

    @Test
    void wardMergeHeightsOfFourPointsByHand() {
        // On a line (embedded in 2-D along (0.6, 0.8), so the Euclidean distances stay those of
        // the line): A = 0, B = 1, C = 4, D = 10; AB = 1, AC = 4, AD = 10, BC = 3, BD = 9, CD = 6.
        // Merge 1: A+B at 1. Lance-Williams: d(AB,C) = (2·4 + 2·3 − 1·1)/3 = 13/3,
        // d(AB,D) = (2·10 + 2·9 − 1)/3 = 37/3; d(C,D) = 6 > 13/3, so merge 2: AB+C at 13/3.
        // d(ABC,D) = ((2+1)·37/3 + (1+1)·6 − 1·13/3)/4 = (37 + 12 − 13/3)/4 = 67/6: merge 3.
        double[][] rows = {point(10), point(0), point(4), point(1)}; // units: D=0, A=1, C=2, B=3
        Dendrogram tree = Dendrogram.ward(rows);
        assertArrayEquals(new double[]{1, 13.0 / 3, 67.0 / 6}, tree.heights(), 1e-12);
        assertEquals(new Dendrogram.Merge(-2, -4, tree.heights()[0], 2), tree.merges().get(0));
        assertEquals(new Dendrogram.Merge(-3, 1, tree.heights()[1], 3), tree.merges().get(1));
        assertEquals(new Dendrogram.Merge(-1, 2, tree.heights()[2], 4), tree.merges().get(2));
        // classes numbered by their first unit, as R's cutree
        assertArrayEquals(new int[]{0, 1, 1, 1}, tree.cut(2));
        assertArrayEquals(new int[]{0, 1, 2, 1}, tree.cut(3));
        assertArrayEquals(new int[]{0, 1, 2, 3}, tree.cut(4));
        assertArrayEquals(new int[]{0, 0, 0, 0}, tree.cut(1));
        assertThrows(CsiSpecificationException.class, () -> tree.cut(5));
        assertThrows(CsiSpecificationException.class, () -> Dendrogram.ward(new double[][]{{1, 2}}));
        assertThrows(CsiSpecificationException.class, () -> Dendrogram.ward(new double[][]{{1}, {Double.NaN}}));
    }

    private static double[] point(double t) {
        return new double[]{0.6 * t, 0.8 * t};
    }

    @Test
    void wardNearestNeighbourListsGiveTheHeightsOfTheTextbookAlgorithm() {
        // The textbook O(n³) agglomeration: at each step scan every pair for the smallest
        // dissimilarity, merge, apply the Lance-Williams update. Same heights and same cut.
        SplittableRandom random = new SplittableRandom(5);
        double[][] rows = new double[60][3];
        for (double[] r : rows) {
            for (int c = 0; c < 3; c++) {
                r[c] = random.nextDouble() * 10;
            }
        }
        Dendrogram tree = Dendrogram.ward(rows);
        double[] naive = naiveWardHeights(rows);
        assertArrayEquals(naive, tree.heights(), 1e-9);
        for (int m = 1; m < naive.length; m++) {
            assertEquals(true, tree.heights()[m] >= tree.heights()[m - 1]);
        }
    }

    private static double[] naiveWardHeights(double[][] x) {
        int n = x.length;
        double[][] d = new double[n][n];
        int[] size = new int[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            alive[i] = true;
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int c = 0; c < x[i].length; c++) {
                    s += (x[i][c] - x[j][c]) * (x[i][c] - x[j][c]);
                }
                d[i][j] = Math.sqrt(s);
            }
        }
        double[] heights = new double[n - 1];
        for (int step = 0; step < n - 1; step++) {
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (alive[i] && alive[j] && (bi < 0 || d[i][j] < d[bi][bj])) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            heights[step] = d[bi][bj];
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != bi && k != bj) {
                    double v = ((size[bi] + size[k]) * d[bi][k] + (size[bj] + size[k]) * d[bj][k] - size[k] * d[bi][bj])
                            / (size[bi] + size[bj] + size[k]);
                    d[bi][k] = v;
                    d[k][bi] = v;
                }
            }
            size[bi] += size[bj];
            alive[bj] = false;
        }
        return heights;
    }

    @Test
    void closenessMeasureOfOneObservationByHand() {
        SegmentSimulation sim = SegmentSimulation.draw(3, new int[]{40, 40}, new double[][]{{0.7, 0.1}, {0.1, 0.7}},
                new double[]{0.9, 0.7});
        DataTable data = sim.data();
        int[] labels = IntStream.range(0, 80).map(i -> i % 2).toArray();
        List<PlsResult> fits = SegmentSolution.estimate(SegmentSimulation.MODEL, data, Memberships.ofAssignment(labels, 2),
                PlsEstimator.withDefaults()).segmentFits();
        double[][] cm = ClosenessMeasure.of(fits, UnitRows.of(data, SegmentSimulation.MODEL.indicators()));
        int unit = 7;
        for (int k = 0; k < 2; k++) {
            // CM_ik = sqrt( O_ik / (Σ_i O_ik / (N − 2)) · I_ik / (Σ_i I_ik / (N − 2)) ), N = 80,
            // O = Σ_j e²/λ², I = f²/R²(Y) for the one endogenous construct Y
            double[] outer = new double[80];
            double[] inner = new double[80];
            for (int i = 0; i < 80; i++) {
                double[] oi = residualTerms(fits.get(k), data, i);
                outer[i] = oi[0];
                inner[i] = oi[1];
            }
            double expected = Math.sqrt(outer[unit] / (sum(outer) / 78) * inner[unit] / (sum(inner) / 78));
            assertEquals(expected, cm[unit][k], 1e-12);
        }
        int[] closest = ClosenessMeasure.closest(cm);
        assertEquals(cm[unit][0] <= cm[unit][1] ? 0 : 1, closest[unit]);
    }

    /** {O, I} of row i under fit: standardise with the fit's moments, score, take residuals. */
    private static double[] residualTerms(PlsResult fit, DataTable data, int i) {
        PathModel model = fit.model();
        Moments m = fit.moments();
        String[] blocks = {"X1", "X2", "Y"};
        double[] z = new double[9];
        double[] y = new double[3];
        for (int j = 0; j < 9; j++) {
            String name = model.indicators().get(j);
            z[j] = (data.value(i, name) - m.mean(j)) / m.sd(j);
            y[j / 3] += fit.outerWeight(name) * z[j];
        }
        double outer = 0;
        for (int j = 0; j < 9; j++) {
            double lambda = fit.loading(model.indicators().get(j));
            double e = z[j] - lambda * y[j / 3];
            outer += e * e / (lambda * lambda);
        }
        double f = y[2] - fit.pathCoefficient(blocks[0], "Y") * y[0] - fit.pathCoefficient(blocks[1], "Y") * y[1];
        return new double[]{outer, f * f / fit.rSquared("Y").getAsDouble()};
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    @Test
    void groupQualityIndexOfAGivenPartitionByHand() {
        // With each class standardised on its own rows and unit-variance scores,
        // 1 − Σe²/Σx̃² = λ² and 1 − Σf²/Σy² = R², so GQI = sqrt(Σ_k n_k/N · mean λ²_k · mean R²_k).
        DataTable data = BankData.table();
        PathModel model = BankData.model(OuterMode.A);
        int[] labels = IntStream.range(0, 250).map(i -> i % 5 == 0 ? 1 : (i % 5 == 1 ? 2 : 0)).toArray();
        SegmentSolution solution = SegmentSolution.estimate(model, data, Memberships.ofAssignment(labels, 3),
                PlsEstimator.withDefaults());
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            PlsResult fit = solution.segmentFit(k);
            double communality = model.indicators().stream().mapToDouble(fit::communality).average().orElseThrow();
            double r2 = model.endogenous().stream().mapToDouble(c -> fit.rSquared(c).getAsDouble()).average().orElseThrow();
            sum += solution.memberships().rowsOf(k).length / 250.0 * communality * r2;
        }
        assertEquals(Math.sqrt(sum), GroupQualityIndex.of(solution, data), 1e-12);
        // 150, 50 and 50 rows
        assertEquals(150, solution.memberships().rowsOf(0).length);
    }

    @Test
    void globalGroupQualityIndexIsPlspmsGoodnessOfFit() {
        // One class: GQI = sqrt(mean communality × mean R²), the absolute GoF when no block has a
        // single indicator. plspm 0.5.1's GoF of the bank model, path scheme (shared README): 0.6066498.
        DataTable data = BankData.table();
        PlsResult global = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), data);
        assertEquals(0.6066498, GroupQualityIndex.of(global, data), 5e-8);
    }

    @Test
    void residualsOfTheGlobalModelAreCommunalityAndStructuralResiduals() {
        DataTable data = BankData.table();
        PathModel model = BankData.model(OuterMode.A);
        ResidualClustering c = RebusEstimator.cluster(model, data, dev.csimodel.estimate.PlsSettings.defaults());
        PlsResult g = c.globalFit();
        List<String> expected = new ArrayList<>(model.indicators());
        expected.addAll(List.of("EXPE", "QUAL", "VAL", "SAT", "LOY"));
        assertEquals(expected, c.residualColumns());
        int row = 17;
        double[] imag = data.column("imag1");
        double mean = java.util.Arrays.stream(imag).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(imag).map(v -> (v - mean) * (v - mean)).sum() / 250);
        double score = g.scores().value(row, "IMAG");
        assertEquals((imag[row] - mean) / sd - g.loading("imag1") * score, c.residual(row, "imag1"), 1e-12);
        double loy = g.scores().value(row, "LOY") - g.pathCoefficient("IMAG", "LOY") * score
                - g.pathCoefficient("SAT", "LOY") * g.scores().value(row, "SAT");
        assertEquals(loy, c.residual(row, "LOY"), 1e-12);
        assertEquals(249, c.heights().length);
        assertThrows(CsiSpecificationException.class, () -> c.residual(row, "IMAG"));
    }
}
