package dev.csimodel.bootstrap;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;

import java.util.Arrays;
import java.util.List;

/**
 * The model's indicator columns as one row-major array, centred once at the original means, from
 * which the moments of any resample follow without copying rows: with {@code c_i} the number of
 * times row i is drawn, {@code N = Σc_i} and centred rows {@code x̃_i},
 * {@code d = Σ c_i x̃_i / N}, mean {@code = x̄ + d} and population covariance
 * {@code Σ c_i x̃_i x̃_i' / N − d d'} (covariance is invariant to the shift, and centring at the
 * original means keeps the subtraction well conditioned). Immutable; the buffers live in
 * {@link Workspace}, one per thread.
 */
final class ResampleData {

    /** Relative variance below which a resampled column counts as constant. */
    private static final double CONSTANT_TOLERANCE = 1e-12;

    private final List<String> names;
    private final int n;
    private final int p;
    private final double[] centred;
    private final double[] centre;
    /** Row weights carried into every resample, or null when unweighted. */
    private final double[] rowWeights;
    /** True when n of a resample is Σ c_i w_i (frequency weights) rather than Σ c_i. */
    private final boolean frequency;

    ResampleData(DataTable data, Moments original) {
        this(data, original, null, false);
    }

    /**
     * @param rowWeights weights w_i of the rows (sampling weights already rescaled to sum to the
     *                   row count), or null: a row drawn c_i times then counts c_i w_i times in
     *                   the resample's weighted moments
     * @param frequency  true if n of a resample is Σ c_i w_i (frequency weights), false for Σ c_i
     */
    ResampleData(DataTable data, Moments original, double[] rowWeights, boolean frequency) {
        this.rowWeights = rowWeights == null ? null : rowWeights.clone();
        this.frequency = frequency;
        this.names = original.names();
        this.n = data.rowCount();
        this.p = names.size();
        this.centre = original.means();
        this.centred = data.rowMajor(names);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                centred[i * p + j] -= centre[j];
            }
        }
    }

    int rows() {
        return n;
    }

    /** Per-thread buffers for {@link #moments}. */
    final class Workspace {
        private final double[] shift = new double[p];
        private final double[] means = new double[p];
        private final double[] cross = new double[p * p];
        private final int[] rows = new int[n];
        private final double[] weights = new double[n];
    }

    Workspace workspace() {
        return new Workspace();
    }

    /**
     * @param counts how often each row is drawn
     * @param total  Σ counts, the resample size (n of the moments unless frequency-weighted)
     * @throws dev.csimodel.CsiDataException naming the indicator if it is constant in the resample
     */
    Moments moments(int[] counts, int total, Workspace ws) {
        double observations = covariance(counts, total, ws);
        return new Moments(names, observations, ws.means, ws.cross);
    }

    /** The indicator names, in the order of the moments. */
    List<String> names() {
        return names;
    }

    /** The means that the last {@link #covariance} call left in {@code ws}; the array itself, not a copy. */
    double[] means(Workspace ws) {
        return ws.means;
    }

    /** The covariance matrix that the last {@link #covariance} call left in {@code ws}; the array itself. */
    double[] covarianceMatrix(Workspace ws) {
        return ws.cross;
    }

    /**
     * The resample's means and population covariance matrix into {@code ws} (read them with
     * {@link #means} and {@link #covarianceMatrix}), unchecked: {@link #moments} checks them.
     *
     * @return the resample's n (Σ c_i w_i for frequency weights, else {@code total})
     * @throws dev.csimodel.CsiDataException if every drawn row has weight zero
     */
    double covariance(int[] counts, int total, Workspace ws) {
        double[] d = ws.shift;
        double[] c = ws.cross;
        Arrays.fill(d, 0);
        Arrays.fill(c, 0);
        int drawn = 0;
        double weightSum = 0;
        for (int i = 0; i < n; i++) {
            if (counts[i] != 0) {
                ws.rows[drawn] = i * p;
                double k = rowWeights == null ? counts[i] : counts[i] * rowWeights[i];
                ws.weights[drawn++] = k;
                weightSum += k;
            }
        }
        if (!(weightSum > 0)) {
            throw new CsiDataException("every row drawn into the resample has weight zero");
        }
        int r = 0;
        for (; r + 8 <= drawn; r += 8) {
            accumulate8(ws.rows, ws.weights, r, d, c);
        }
        for (; r + 4 <= drawn; r += 4) {
            accumulate4(ws.rows, ws.weights, r, d, c);
        }
        for (; r < drawn; r++) {
            accumulate(ws.rows[r], ws.weights[r], d, c);
        }
        double inv = rowWeights == null ? 1.0 / total : 1.0 / weightSum;
        for (int a = 0; a < p; a++) {
            d[a] *= inv;
            ws.means[a] = centre[a] + d[a];
        }
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                double v = c[a * p + b] * inv - d[a] * d[b];
                c[a * p + b] = v;
                c[b * p + a] = v;
            }
            c[a * p + a] = variance(c[a * p + a] * inv, d[a]);
        }
        return frequency ? weightSum : total;
    }

    /**
     * {@code raw − d²} with rounding noise snapped to zero: the subtraction carries a relative
     * error of about 1e-16 of {@code raw}, so a column constant in the resample would otherwise
     * get a tiny positive variance instead of being reported as constant.
     */
    private static double variance(double raw, double d) {
        double v = raw - d * d;
        return v <= CONSTANT_TOLERANCE * raw ? 0.0 : v;
    }

    /**
     * {@link #accumulate} for four rows at once: each element of the cross-product is loaded and
     * stored once per four rows instead of once per row (this is the costliest step of a
     * resample; EJML's {@code multInner} on the gathered rows measured slower here).
     */
    private void accumulate4(int[] rows, double[] weights, int r, double[] d, double[] c) {
        int r0 = rows[r];
        int r1 = rows[r + 1];
        int r2 = rows[r + 2];
        int r3 = rows[r + 3];
        double[] x = centred;
        for (int a = 0; a < p; a++) {
            double v0 = weights[r] * x[r0 + a];
            double v1 = weights[r + 1] * x[r1 + a];
            double v2 = weights[r + 2] * x[r2 + a];
            double v3 = weights[r + 3] * x[r3 + a];
            d[a] += v0 + v1 + v2 + v3;
            int base = a * p;
            for (int b = a; b < p; b++) {
                c[base + b] += v0 * x[r0 + b] + v1 * x[r1 + b] + v2 * x[r2 + b] + v3 * x[r3 + b];
            }
        }
    }

    /**
     * Two {@link #accumulate4} steps, rows r..r+3 then r+4..r+7, in one pass: each element is
     * loaded and stored once per eight rows, and gets the two four-row sums added in the order the
     * two steps would add them, so the result is the same to the last bit.
     */
    private void accumulate8(int[] rows, double[] weights, int r, double[] d, double[] c) {
        int r0 = rows[r];
        int r1 = rows[r + 1];
        int r2 = rows[r + 2];
        int r3 = rows[r + 3];
        int r4 = rows[r + 4];
        int r5 = rows[r + 5];
        int r6 = rows[r + 6];
        int r7 = rows[r + 7];
        double[] x = centred;
        for (int a = 0; a < p; a++) {
            double v0 = weights[r] * x[r0 + a];
            double v1 = weights[r + 1] * x[r1 + a];
            double v2 = weights[r + 2] * x[r2 + a];
            double v3 = weights[r + 3] * x[r3 + a];
            double v4 = weights[r + 4] * x[r4 + a];
            double v5 = weights[r + 5] * x[r5 + a];
            double v6 = weights[r + 6] * x[r6 + a];
            double v7 = weights[r + 7] * x[r7 + a];
            d[a] = d[a] + (v0 + v1 + v2 + v3) + (v4 + v5 + v6 + v7);
            int base = a * p;
            for (int b = a; b < p; b++) {
                c[base + b] = c[base + b] + (v0 * x[r0 + b] + v1 * x[r1 + b] + v2 * x[r2 + b] + v3 * x[r3 + b])
                        + (v4 * x[r4 + b] + v5 * x[r5 + b] + v6 * x[r6 + b] + v7 * x[r7 + b]);
            }
        }
    }

    /** Adds {@code k x̃_i} to d and the upper triangle of {@code k x̃_i x̃_i'} to c. */
    private void accumulate(int row, double k, double[] d, double[] c) {
        for (int a = 0; a < p; a++) {
            double xa = centred[row + a];
            d[a] += k * xa;
            double v = k * xa;
            int base = a * p;
            for (int b = a; b < p; b++) {
                c[base + b] += v * centred[row + b];
            }
        }
    }
}
