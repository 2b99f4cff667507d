package dev.csimodel.models.ahp;

import dev.csimodel.CsiEstimationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Eigenvector method of the AHP (Saaty 1977, 1980): the weights w solve {@code A w = lambdaMax w}
 * for the principal (Perron) eigenvalue of the positive judgment matrix A, normalised so that
 * {@code sum w_i = 1}; then {@code CI = (lambdaMax - n) / (n - 1)} and {@code CR = CI / RI(n)}.
 *
 * <p>The eigenvector is found by power iteration, {@code w <- A w / sum(A w)} from the uniform
 * vector. By the Perron-Frobenius theorem a positive matrix has a simple dominant real eigenvalue
 * with a positive eigenvector, so the iteration converges (Saaty 1980 computes priorities the same
 * way, as the limit of normalised row sums of powers of A). At convergence
 * {@code lambdaMax = sum_i (A w)_i}, because w sums to 1.
 */
public final class AhpAnalysis {

    /** Convergence criterion: largest change of a weight between two iterations. */
    public static final double CONVERGENCE_TOLERANCE = 1e-14;
    /** Upper bound on power iterations; positive matrices converge far sooner. */
    public static final int MAX_ITERATIONS = 10_000;

    private AhpAnalysis() {
    }

    /**
     * Weights and consistency of one judgment matrix.
     *
     * @param matrix the validated judgments, at most {@value RandomIndex#MAX_ORDER} criteria
     * @return weights by criterion, lambdaMax, CI, CR
     * @throws dev.csimodel.CsiSpecificationException if the matrix has more than
     *         {@value RandomIndex#MAX_ORDER} criteria (no random index)
     * @throws CsiEstimationException if the power iteration does not converge
     */
    public static AhpResult analyze(PairwiseMatrix matrix) {
        int n = matrix.size();
        RandomIndex.of(n);
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        double lambda = Double.NaN;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[] aw = multiply(matrix, w);
            lambda = sum(aw);
            double change = 0.0;
            for (int i = 0; i < n; i++) {
                double next = aw[i] / lambda;
                change = Math.max(change, Math.abs(next - w[i]));
                w[i] = next;
            }
            if (change <= CONVERGENCE_TOLERANCE) {
                lambda = sum(multiply(matrix, w));
                return result(matrix, w, lambda);
            }
        }
        throw new CsiEstimationException("AHP power iteration for criteria " + matrix.criteria()
                + " did not converge in " + MAX_ITERATIONS + " iterations");
    }

    /**
     * Local weights of every comparison in a hierarchy and their composition into global weights.
     *
     * @param hierarchy the criteria tree
     * @return local and global weights, per-node consistency, weighted score
     * @throws CsiEstimationException if a power iteration does not converge
     */
    public static AhpHierarchyResult analyze(AhpHierarchy hierarchy) {
        Map<String, AhpResult> results = new LinkedHashMap<>();
        for (String node : hierarchy.innerNodes()) {
            results.put(node, analyze(hierarchy.comparison(node)));
        }
        return new AhpHierarchyResult(hierarchy, results);
    }

    private static AhpResult result(PairwiseMatrix matrix, double[] w, double lambda) {
        List<Double> weights = new ArrayList<>(w.length);
        for (double v : w) {
            weights.add(v);
        }
        return new AhpResult(matrix.criteria(), weights, AhpConsistency.of(w.length, lambda));
    }

    private static double[] multiply(PairwiseMatrix a, double[] w) {
        int n = w.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0.0;
            for (int j = 0; j < n; j++) {
                s += a.get(i, j) * w[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0.0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
