package dev.csimodel.segmentation.pos;

/**
 * The running first and second moments of one segment's rows, kept as raw sums n, Σx and Σxx'
 * so that moving one row in or out of the segment costs O(p²) instead of a pass over the
 * segment's rows (p indicators). The rows are centred on the whole sample's means before they
 * get here, which keeps the sums of squares small enough that cov = Σxx'/n − x̄x̄' loses no
 * more than a few digits to cancellation. Not thread-safe.
 */
final class SegmentSums {

    private final int p;
    private int count;
    private final double[] sum;
    private final double[] cross;

    SegmentSums(int p) {
        this.p = p;
        this.sum = new double[p];
        this.cross = new double[p * p];
    }

    int count() {
        return count;
    }

    void add(double[] row) {
        update(row, 1.0);
        count++;
    }

    void remove(double[] row) {
        update(row, -1.0);
        count--;
    }

    /** Only the upper triangle is accumulated; {@link #workingMatrix} mirrors it. */
    private void update(double[] row, double sign) {
        for (int i = 0; i < p; i++) {
            double xi = sign * row[i];
            sum[i] += xi;
            int base = i * p;
            for (int j = i; j < p; j++) {
                cross[base + j] += xi * row[j];
            }
        }
    }

    /** Makes this a copy of {@code other} (same p): how a rejected move is undone exactly. */
    void copyFrom(SegmentSums other) {
        count = other.count;
        System.arraycopy(other.sum, 0, sum, 0, p);
        System.arraycopy(other.cross, 0, cross, 0, p * p);
    }

    /**
     * Writes the segment's means (in the centred coordinates), standard deviations (population,
     * divisor n) and its working matrix: the correlation matrix if {@code standardised}, else the
     * population covariance matrix.
     *
     * @param minimumVariance per indicator, the variance at or below which it counts as constant
     * @return false if the segment has fewer than two rows or an indicator without variance
     */
    boolean workingMatrix(boolean standardised, double[] minimumVariance, double[] means, double[] sds,
                          double[] matrix) {
        if (count < 2) {
            return false;
        }
        double n = count;
        for (int i = 0; i < p; i++) {
            means[i] = sum[i] / n;
        }
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                double c = cross[i * p + j] / n - means[i] * means[j];
                matrix[i * p + j] = c;
                matrix[j * p + i] = c;
            }
            double v = matrix[i * p + i];
            if (!(v > minimumVariance[i])) {
                return false;
            }
            sds[i] = Math.sqrt(v);
        }
        if (standardised) {
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    matrix[i * p + j] = i == j ? 1.0 : matrix[i * p + j] / (sds[i] * sds[j]);
                }
            }
        }
        return true;
    }
}
