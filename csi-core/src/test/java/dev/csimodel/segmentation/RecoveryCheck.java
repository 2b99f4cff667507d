package dev.csimodel.segmentation;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.spec.PathModel;

/**
 * How well a segmentation recovered a known partition: the segment matching (largest overlap
 * over all permutations, K ≤ 4) and the largest path difference between each found segment's
 * PLS re-estimate and the PLS estimate on its true segment's rows. The yardstick is the truth
 * partition's PLS paths, not the generating values: Mode A composites of four items with
 * loading 0.9 attenuate every path by about √0.945 · (driver reliability) (≈ 0.05 at a path of
 * 0.53), which is the estimator's bias, not the segmentation's.
 */
public final class RecoveryCheck {

    private RecoveryCheck() {
    }

    /**
     * @param found the found assignment
     * @param truth the true labels
     * @param k the number of segments of both
     * @return for each true segment t, the found segment matched to it
     */
    public static int[] match(int[] found, int[] truth, int k) {
        int[][] overlap = new int[k][k];
        for (int i = 0; i < truth.length; i++) {
            overlap[truth[i]][found[i]]++;
        }
        int[] best = new int[k];
        int[] current = new int[k];
        boolean[] used = new boolean[k];
        permute(overlap, 0, 0, current, used, best, new int[]{-1});
        return best;
    }

    private static void permute(int[][] overlap, int t, int sum, int[] current, boolean[] used, int[] best,
                                int[] bestSum) {
        int k = overlap.length;
        if (t == k) {
            if (sum > bestSum[0]) {
                bestSum[0] = sum;
                System.arraycopy(current, 0, best, 0, k);
            }
            return;
        }
        for (int s = 0; s < k; s++) {
            if (!used[s]) {
                used[s] = true;
                current[t] = s;
                permute(overlap, t + 1, sum + overlap[t][s], current, used, best, bestSum);
                used[s] = false;
            }
        }
    }

    /**
     * @param model the model
     * @param data the rows
     * @param truth the true labels
     * @param found the found segments' re-estimate
     * @return max over true segments and paths of |found path − truth-partition PLS path|
     */
    public static double maxPathError(PathModel model, DataTable data, int[] truth, SegmentSolution found) {
        int k = found.segmentCount();
        SegmentSolution truthPls = SegmentSolution.estimate(model, data, Memberships.ofAssignment(truth, k),
                PlsEstimator.withDefaults());
        int[] m = match(found.memberships().assignment(), truth, k);
        double max = 0;
        for (int t = 0; t < k; t++) {
            for (var path : model.paths()) {
                double a = truthPls.segmentFit(t).pathCoefficient(path.from(), path.to());
                double b = found.segmentFit(m[t]).pathCoefficient(path.from(), path.to());
                max = Math.max(max, Math.abs(a - b));
            }
        }
        return max;
    }
}
