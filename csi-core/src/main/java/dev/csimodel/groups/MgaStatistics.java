package dev.csimodel.groups;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** The formulas of {@link MgaMethod}, for one path. */
final class MgaStatistics {

    private MgaStatistics() {
    }

    static List<MgaTest> tests(double estimateA, double[] bootA, double seA, int nA,
                               double estimateB, double[] bootB, double seB, int nB) {
        double diff = estimateA - estimateB;
        double p = henselerProbability(centred(bootA, estimateA), centred(bootB, estimateB));
        MgaTest henseler = new MgaTest(MgaMethod.HENSELER, p, OptionalDouble.empty(), 2 * Math.min(p, 1 - p));
        double pooled = Math.sqrt(((nA - 1.0) * (nA - 1.0) * seA * seA + (nB - 1.0) * (nB - 1.0) * seB * seB)
                / (nA + nB - 2.0)) * Math.sqrt(1.0 / nA + 1.0 / nB);
        MgaTest parametric = tTest(MgaMethod.PARAMETRIC, diff / pooled, nA + nB - 2.0);
        double va = (nA - 1.0) / nA * seA * seA;
        double vb = (nB - 1.0) / nB * seB * seB;
        double df = (va + vb) * (va + vb) / ((nA - 1.0) / ((double) nA * nA) * Math.pow(seA, 4)
                + (nB - 1.0) / ((double) nB * nB) * Math.pow(seB, 4)) - 2;
        MgaTest welch = tTest(MgaMethod.WELCH_SATTERTHWAITE, diff / Math.sqrt(va + vb), df);
        return List.of(henseler, parametric, welch);
    }

    private static MgaTest tTest(MgaMethod method, double t, double df) {
        double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
        return new MgaTest(method, t, OptionalDouble.of(df), p);
    }

    /** θ*_b − (θ̄* − θ̂): the bootstrap values shifted to be centred on the estimate. */
    static double[] centred(double[] boot, double estimate) {
        double mean = Arrays.stream(boot).average().orElseThrow();
        double[] out = new double[boot.length];
        for (int i = 0; i < boot.length; i++) {
            out[i] = boot[i] - mean + estimate;
        }
        return out;
    }

    /**
     * mean over all pairs of (1 + sign(b − a))/2, counted on the sorted values in
     * O(B log B): for each a, the b above it count 1 and the b equal to it ½.
     */
    static double henselerProbability(double[] a, double[] b) {
        double[] sb = b.clone();
        Arrays.sort(sb);
        double sum = 0;
        for (double v : a) {
            int below = lowerBound(sb, v);
            int notAbove = upperBound(sb, v);
            sum += (sb.length - notAbove) + 0.5 * (notAbove - below);
        }
        return sum / ((double) a.length * b.length);
    }

    /** @return the first index with sorted[i] ≥ v */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the first index with sorted[i] > v */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
