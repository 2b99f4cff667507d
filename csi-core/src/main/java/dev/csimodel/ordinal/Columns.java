package dev.csimodel.ordinal;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicator columns prepared once for all pairs: the values of every column, and for the
 * ordinal ones their categories, thresholds and category codes.
 */
final class Columns {

    private final double[][] values;
    /** Null for a continuous indicator. */
    private final OrdinalIndicator[] ordinal;
    private final int[][] codes;

    private Columns(double[][] values, OrdinalIndicator[] ordinal, int[][] codes) {
        this.values = values;
        this.ordinal = ordinal;
        this.codes = codes;
    }

    /**
     * @throws CsiDataException naming the indicator if its column is missing, has a missing or
     *                          non-finite value, is constant, or has one or too many categories
     */
    static Columns read(DataTable data, List<String> names, OrdinalSettings settings) {
        int p = names.size();
        double[][] values = new double[p][];
        OrdinalIndicator[] ordinal = new OrdinalIndicator[p];
        int[][] codes = new int[p][];
        for (int i = 0; i < p; i++) {
            String name = names.get(i);
            if (!data.hasColumn(name)) {
                throw new CsiDataException("the data has no column for indicator '" + name + "'; its columns are "
                        + data.columnNames());
            }
            values[i] = data.column(name);
            if (settings.isOrdinal(name)) {
                ordinal[i] = OrdinalIndicator.of(name, values[i], settings.maxCategories());
                codes[i] = ordinal[i].codes(values[i]);
            } else {
                requireContinuous(name, values[i]);
            }
        }
        return new Columns(values, ordinal, codes);
    }

    private static void requireContinuous(String name, double[] x) {
        for (int r = 0; r < x.length; r++) {
            if (!Double.isFinite(x[r])) {
                throw new CsiDataException("indicator '" + name + "' has a missing or non-finite value in row "
                        + (r + 1) + "; polychoric and polyserial correlations need complete data");
            }
        }
        if (Moments.isConstant(x)) {
            throw new CsiDataException("indicator '" + name + "' has zero variance (constant column)");
        }
    }

    CorrelationKind kind(int i, int j) {
        if (ordinal[i] != null && ordinal[j] != null) {
            return CorrelationKind.POLYCHORIC;
        }
        return ordinal[i] == null && ordinal[j] == null ? CorrelationKind.PEARSON : CorrelationKind.POLYSERIAL;
    }

    /** One pair's estimate and whether the data leave it at the bound ±0.9999 (not identified). */
    record PairEstimate(double value, boolean atBound) {
    }

    PairEstimate correlation(int i, int j, CorrelationKind kind) {
        return switch (kind) {
            case PEARSON -> new PairEstimate(Pearson.correlation(values[i], values[j]), false);
            case POLYSERIAL -> polyserial(ordinal[i] == null ? i : j, ordinal[i] == null ? j : i);
            case POLYCHORIC -> {
                Polychoric.Estimate e = Polychoric.estimate(
                        Polychoric.table(codes[i], codes[j], ordinal[i].categoryCount(), ordinal[j].categoryCount()),
                        ordinal[i].cutPoints(), ordinal[j].cutPoints());
                yield new PairEstimate(e.rho(), e.atBound());
            }
        };
    }

    private PairEstimate polyserial(int continuous, int ordinalIndex) {
        double rho = Polyserial.estimate(values[continuous], codes[ordinalIndex], ordinal[ordinalIndex]);
        return new PairEstimate(rho, Math.abs(rho) >= Polychoric.MAX_CORRELATION);
    }

    /** @return the ordinal indicators in column order */
    List<OrdinalIndicator> ordinalIndicators() {
        List<OrdinalIndicator> out = new ArrayList<>();
        for (OrdinalIndicator o : ordinal) {
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }
}
