package dev.csimodel.segmentation.pos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The PLS-POS distance of a row to a segment (Becker et al. 2013, appendix B): the row's
 * composite scores under the segment's model (its indicators standardised by the segment's
 * moments and weighted by the segment's outer weights) give a structural residual e_ibk for
 * each endogenous construct b; D_ik = Σ_b √(e²_ibk / Σ_j e²_jbk), the residuals being scaled by
 * their sum over all rows so that every endogenous construct counts alike. Cost O(n·K·p) per
 * evaluation.
 */
final class PosDistance {

    /** Below this sum of squared residuals a construct is fitted perfectly and carries no distance. */
    private static final double PERFECT_FIT = 1e-300;

    private PosDistance() {
    }

    /** @return D, n × K */
    static double[][] of(double[][] rows, SegmentFit[] fits, ModelLayout layout) {
        int n = rows.length;
        int k = fits.length;
        int e = layout.endogenous.length;
        double[][] d = new double[n][k];
        double[] scores = new double[layout.constructs];
        double[][] squared = new double[e][n];
        for (int s = 0; s < k; s++) {
            double[] total = new double[e];
            for (int i = 0; i < n; i++) {
                fits[s].scores(rows[i], scores);
                for (int b = 0; b < e; b++) {
                    double r = fits[s].residual(scores, b);
                    squared[b][i] = r * r;
                    total[b] += r * r;
                }
            }
            for (int b = 0; b < e; b++) {
                if (total[b] > PERFECT_FIT) {
                    for (int i = 0; i < n; i++) {
                        d[i][s] += Math.sqrt(squared[b][i] / total[b]);
                    }
                }
            }
        }
        return d;
    }

    /**
     * @param exclude a segment to skip, or −1
     * @return the segment with the smallest distance, the lowest index on a tie
     */
    static int argmin(double[] distances, int exclude) {
        int best = -1;
        for (int s = 0; s < distances.length; s++) {
            if (s != exclude && (best < 0 || distances[s] < distances[best])) {
                best = s;
            }
        }
        return best;
    }

    /**
     * The rows whose nearest other segment is nearer than their own, each encoded as
     * {@code row | (target << 32)}, ordered by the gain D_i,own − D_i,target, largest first, then
     * by row.
     */
    static long[] candidates(double[][] d, int[] labels) {
        List<double[]> list = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            int own = labels[i];
            int other = argmin(d[i], own);
            double gain = d[i][own] - d[i][other];
            if (gain > 0) {
                list.add(new double[] {gain, i, other});
            }
        }
        list.sort(Comparator.<double[]>comparingDouble(c -> -c[0]).thenComparingDouble(c -> c[1]));
        long[] out = new long[list.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = (long) list.get(c)[1] | ((long) list.get(c)[2] << 32);
        }
        return out;
    }
}
