package dev.csimodel.data;

import dev.csimodel.CsiDataException;

import java.lang.ref.SoftReference;
import java.util.List;

/**
 * Moments of in-memory data: the columns are fed a block at a time to a
 * {@link MomentAccumulator}, whose chunked, register-tiled cross-product of centred values
 * (merged with the update of Chan, Golub and LeVeque 1979) is as stable as a two-pass
 * computation and several times faster than a general matrix product.
 */
final class MomentComputation {

    /**
     * The last chunk buffer of this thread, reused when the next table has the same shape (the
     * same model estimated again, as in a service or a benchmark); softly held, so the
     * collector may take it back.
     */
    private static final ThreadLocal<SoftReference<ChunkBuffer>> SCRATCH =
            ThreadLocal.withInitial(() -> new SoftReference<>(null));

    private MomentComputation() {
    }

    static Moments compute(DataTable data, List<String> columns) {
        int n = data.rowCount();
        if (n < 2) {
            throw new CsiDataException("at least two observations are needed, the data has " + n);
        }
        double[][] cols = new double[columns.size()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = data.columnRef(columns.get(j));
        }
        MomentAccumulator acc = MomentAccumulator.of(columns, Math.min(n, MomentAccumulator.DEFAULT_CHUNK_ROWS));
        ChunkBuffer reused = SCRATCH.get().get();
        if (reused != null) {
            acc.usingBuffer(reused);
        }
        SCRATCH.set(new SoftReference<>(acc.chunkBuffer()));
        // Not checked on the way in: a NaN or infinite value makes its column's mean (a sum of
        // x − shift) NaN or infinite, and only then are the values searched, for the message.
        acc.addColumns(cols, 0, n, true);
        double[] lo = new double[cols.length];
        double[] hi = new double[cols.length];
        if (!acc.extremes(lo, hi)) {
            // Throws for the first column, in order, that is not finite or does not vary (the
            // sums may also have overflowed on finite values: then the moments say so).
            for (int j = 0; j < cols.length; j++) {
                requireFinite(cols[j], columns.get(j));
                requireVarying(cols[j], columns.get(j));
            }
        }
        // The accumulator has found each column's extremes, all the constancy check needs.
        for (int j = 0; j < cols.length; j++) {
            requireVarying(lo[j], hi[j], columns.get(j));
        }
        return acc.toMoments();
    }

    private static void requireVarying(double[] x, String column) {
        double[][] range = Moments.extremes(new double[][] {x});
        requireVarying(range[0][0], range[1][0], column);
    }

    /**
     * Decides constancy on the values' range, with the scale-free criterion of
     * {@link Moments#isConstant}, not on their computed variance, which underflows to 0 for a
     * column of values near 1e-300 that does vary.
     */
    private static void requireVarying(double lo, double hi, String column) {
        double big = Math.max(Math.abs(lo), Math.abs(hi));
        if (!(hi > lo) || hi - lo <= Moments.CONSTANT_RELATIVE * big) {
            throw new CsiDataException("indicator '" + column + "' has zero variance (constant column)");
        }
        if (big < Moments.TINY_SCALE) {
            throw new CsiDataException("indicator '" + column + "' has variance below 1e-300: its values vary but are at most "
                    + big + " in absolute value, too small for accurate correlations; rescale it (e.g. multiply by 1e100)");
        }
    }

    private static void requireFinite(double[] x, String column) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new CsiDataException("column '" + column + "', row " + (i + 1) + ": "
                        + (Double.isNaN(x[i]) ? "missing value (estimate with a MissingStrategy to handle missing values)"
                        : "non-finite value " + x[i]));
            }
        }
    }
}
