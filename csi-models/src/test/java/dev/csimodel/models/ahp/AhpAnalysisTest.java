package dev.csimodel.models.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiSpecificationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

class AhpAnalysisTest {

    private static final double WEIGHT_TOLERANCE = 1e-10;
    private static final double LAMBDA_TOLERANCE = 1e-10;
    /** Geometric-mean weights approximate eigenvector weights only roughly for n > 3. */
    private static final double GEOMETRIC_MEAN_TOLERANCE = 0.005;

    @Test
    void perfectlyConsistentMatrixGivesBackItsWeights() {
        double[] w = {0.5, 0.25, 0.15, 0.10};
        double[][] a = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        AhpResult r = AhpAnalysis.analyze(PairwiseMatrix.of(List.of("a", "b", "c", "d"), a));
        for (int i = 0; i < 4; i++) {
            assertEquals(w[i], r.weights().get(i), WEIGHT_TOLERANCE);
        }
        assertEquals(0.15, r.weight("c"), WEIGHT_TOLERANCE);
        assertEquals(4.0, r.lambdaMax(), LAMBDA_TOLERANCE);
        assertEquals(0.0, r.consistency().ci(), LAMBDA_TOLERANCE);
        assertEquals(0.0, r.consistency().cr(), LAMBDA_TOLERANCE);
        assertEquals(0.90, r.consistency().ri(), 0.0);
        assertTrue(r.consistent());
    }

    /**
     * For a 3x3 reciprocal matrix with a12 = a, a13 = b, a23 = c the characteristic equation is
     * lambda^2 (lambda - 3) = x + 1/x - 2 with x = a c / b, whose largest root is
     * lambda = 1 + x^(1/3) + x^(-1/3) (substitute s = t + 1/t, t = x^(1/3): both sides equal
     * (s - 2)(s + 1)^2). For n = 3 the row geometric means are exactly the principal eigenvector
     * (Crawford and Williams 1985).
     */
    private static double lambda3(double a, double b, double c) {
        double t = Math.cbrt(a * c / b);
        return 1 + t + 1 / t;
    }

    @Test
    void classicThreeByThreeExample() {
        // a12 = 3, a13 = 5, a23 = 3: x = 9/5, lambdaMax = 1 + 1.8^(1/3) + 1.8^(-1/3) = 3.03851
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(List.of("quality", "price", "service"), 3, 5, 3);
        AhpResult r = AhpAnalysis.analyze(m);
        double lambda = lambda3(3, 5, 3);
        assertEquals(3.03851, lambda, 1e-5);
        assertEquals(lambda, r.lambdaMax(), LAMBDA_TOLERANCE);
        // CI = (3.03851 - 3) / 2 = 0.019256; CR = 0.019256 / 0.58 = 0.0332
        assertEquals((lambda - 3) / 2, r.consistency().ci(), LAMBDA_TOLERANCE);
        assertEquals((lambda - 3) / 2 / 0.58, r.consistency().cr(), LAMBDA_TOLERANCE);
        assertEquals(0.0332, r.consistency().cr(), 1e-4);
        assertTrue(r.consistent());
        // geometric means: 15^(1/3), 1, 15^(-1/3) -> 0.63699, 0.25828, 0.10473
        double[] gm = geometricMeanWeights(m);
        for (int i = 0; i < 3; i++) {
            assertEquals(gm[i], r.weights().get(i), WEIGHT_TOLERANCE);
        }
        assertEquals(0.63699, r.weight("quality"), 1e-5);
        assertEigenPair(m, r);
    }

    @Test
    void intransitiveJudgmentsAreFlaggedInconsistent() {
        // a12 = 9, a13 = 1/9, a23 = 9: x = 729, lambda = 1 + 9 + 1/9 = 91/9;
        // CI = (91/9 - 3) / 2 = 32/9; CR = (32/9) / 0.58 = 6.13; every row product is 1 -> w = 1/3
        AhpResult r = AhpAnalysis.analyze(PairwiseMatrix.fromUpperTriangle(List.of("a", "b", "c"), 9, 1.0 / 9, 9));
        assertEquals(91.0 / 9, r.lambdaMax(), LAMBDA_TOLERANCE);
        assertEquals(32.0 / 9, r.consistency().ci(), LAMBDA_TOLERANCE);
        assertEquals(32.0 / 9 / 0.58, r.consistency().cr(), LAMBDA_TOLERANCE);
        assertFalse(r.consistent());
        r.weights().forEach(w -> assertEquals(1.0 / 3, w, WEIGHT_TOLERANCE));
    }

    @Test
    void crossesTheTenPercentLineBetweenTwoAndThree() {
        // all 2: x = 2, lambda = 1 + 1.2599 + 0.7937 = 3.0536, CI = 0.0268, CR = 0.046 -> consistent
        AhpResult two = AhpAnalysis.analyze(PairwiseMatrix.fromUpperTriangle(List.of("a", "b", "c"), 2, 2, 2));
        assertEquals((lambda3(2, 2, 2) - 3) / 2 / 0.58, two.consistency().cr(), LAMBDA_TOLERANCE);
        assertTrue(two.consistent());
        // all 3: x = 3, lambda = 1 + 1.4422 + 0.6934 = 3.1356, CI = 0.0678, CR = 0.117 -> inconsistent
        AhpResult three = AhpAnalysis.analyze(PairwiseMatrix.fromUpperTriangle(List.of("a", "b", "c"), 3, 3, 3));
        assertEquals((lambda3(3, 3, 3) - 3) / 2 / 0.58, three.consistency().cr(), LAMBDA_TOLERANCE);
        assertEquals(0.117, three.consistency().cr(), 1e-3);
        assertFalse(three.consistent());
    }

    @Test
    void fourByFourAgainstIndependentEigenSolverAndGeometricMean() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(List.of("a", "b", "c", "d"), 3, 7, 9, 5, 7, 3);
        AhpResult r = AhpAnalysis.analyze(m);
        assertEquals(largestRealEigenvalue(m), r.lambdaMax(), LAMBDA_TOLERANCE);
        assertEigenPair(m, r);
        double[] gm = geometricMeanWeights(m);
        for (int i = 0; i < 4; i++) {
            assertEquals(gm[i], r.weights().get(i), GEOMETRIC_MEAN_TOLERANCE);
        }
        // lambdaMax = 4.16458 (eigen solver); CI = 0.16458 / 3 = 0.05486; CR = 0.05486 / 0.90 = 0.061
        assertEquals(0.061, r.consistency().cr(), 1e-3);
        assertTrue(r.consistent());
    }

    @Test
    void sevenCriteriaAgainstIndependentEigenSolver() {
        double[] upper = {2, 3, 5, 1.0 / 2, 4, 7, 2, 1.0 / 3, 3, 5, 6, 2, 1.0 / 4, 4, 3, 8, 1, 2, 1.0 / 2, 3, 1};
        List<String> names = List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7");
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(names, upper);
        AhpResult r = AhpAnalysis.analyze(m);
        assertEquals(largestRealEigenvalue(m), r.lambdaMax(), LAMBDA_TOLERANCE);
        assertEigenPair(m, r);
        assertEquals(1.32, r.consistency().ri(), 0.0);
        assertEquals((r.lambdaMax() - 7) / 6 / 1.32, r.consistency().cr(), LAMBDA_TOLERANCE);
    }

    @Test
    void oneAndTwoCriteriaAreAlwaysConsistent() {
        AhpResult one = AhpAnalysis.analyze(PairwiseMatrix.of(List.of("only"), new double[][] {{1}}));
        assertEquals(1.0, one.weight("only"), WEIGHT_TOLERANCE);
        assertEquals(0.0, one.consistency().cr(), 0.0);
        assertTrue(one.consistent());
        // a12 = 3: w = (3/4, 1/4), lambdaMax = 1 + 3 * (1/4) / (3/4) = 2
        AhpResult two = AhpAnalysis.analyze(PairwiseMatrix.fromUpperTriangle(List.of("a", "b"), 3));
        assertEquals(0.75, two.weight("a"), WEIGHT_TOLERANCE);
        assertEquals(0.25, two.weight("b"), WEIGHT_TOLERANCE);
        assertEquals(2.0, two.lambdaMax(), LAMBDA_TOLERANCE);
        assertEquals(0.0, two.consistency().ci(), 0.0);
        assertEquals(0.0, two.consistency().cr(), 0.0);
    }

    @Test
    void weightedScoreOfFlatResult() {
        AhpResult two = AhpAnalysis.analyze(PairwiseMatrix.fromUpperTriangle(List.of("a", "b"), 3));
        // 0.75 * 80 + 0.25 * 40 = 60 + 10 = 70
        assertEquals(70.0, two.score(Map.of("a", 80.0, "b", 40.0)), WEIGHT_TOLERANCE);
    }

    @Test
    void rejectsMoreCriteriaThanTheRandomIndexTable() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            names.add("c" + i);
        }
        double[] ones = new double[16 * 15 / 2];
        Arrays.fill(ones, 1.0);
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(names, ones);
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> AhpAnalysis.analyze(m));
        assertTrue(e.getMessage().contains("16"), e.getMessage());
    }

    private static double[] geometricMeanWeights(PairwiseMatrix m) {
        int n = m.size();
        double[] g = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double logSum = 0;
            for (int j = 0; j < n; j++) {
                logSum += Math.log(m.get(i, j));
            }
            g[i] = Math.exp(logSum / n);
            sum += g[i];
        }
        for (int i = 0; i < n; i++) {
            g[i] /= sum;
        }
        return g;
    }

    private static double largestRealEigenvalue(PairwiseMatrix m) {
        double[] re = new EigenDecomposition(new Array2DRowRealMatrix(m.toArray())).getRealEigenvalues();
        double max = Double.NEGATIVE_INFINITY;
        for (double v : re) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** A w = lambdaMax w row by row, and the weights are positive and sum to 1. */
    private static void assertEigenPair(PairwiseMatrix m, AhpResult r) {
        int n = m.size();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double aw = 0;
            for (int j = 0; j < n; j++) {
                aw += m.get(i, j) * r.weights().get(j);
            }
            assertEquals(r.lambdaMax() * r.weights().get(i), aw, LAMBDA_TOLERANCE, "row " + i);
            assertTrue(r.weights().get(i) > 0);
            sum += r.weights().get(i);
        }
        assertEquals(1.0, sum, WEIGHT_TOLERANCE);
    }
}
