package dev.csimodel.cli;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.WeightedMoments;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.WeightKind;
import dev.csimodel.report.DiagnosticEntry;
import dev.csimodel.report.ReportSettings;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.Locale;

/** What the report says about {@code --weights}: Kish's effective n and a frequency-weight check. */
final class Weighting {

    /** Relative difference of Σw from the row count below which frequency weights are not flagged. */
    private static final double SUM_TOLERANCE = 1e-9;

    private Weighting() {
    }

    /** @return {@code rs} with the weight kind and Kish's effective n of the rows used, if weighted */
    static ReportSettings settings(ReportSettings rs, DataHandling handling, PathModel model, DataTable table) {
        if (handling.weightColumn() == null) {
            return rs;
        }
        double[] sums = sums(usedWeights(handling, model, table));
        return settings(rs, handling, sums[1], sums[2]);
    }

    /**
     * @param sum     Σw of the rows used
     * @param squares Σw² of the rows used
     * @return {@code rs} with the weight kind and Kish's effective n {@code (Σw)²/Σw²}, if weighted
     */
    static ReportSettings settings(ReportSettings rs, DataHandling handling, double sum, double squares) {
        if (handling.weightColumn() == null) {
            return rs;
        }
        double kish = sum * sum / squares;
        // all-zero weights give 0/0; such data is rejected by the fit, but never report a NaN
        return rs.withWeighting(handling.weightKind().name().toLowerCase(Locale.ROOT),
                Double.isFinite(kish) ? kish : null);
    }

    /**
     * A WEIGHTS_NOT_ROW_COUNT warning under frequency weights whose sum differs from the number
     * of rows used: n is then Σw, and standard errors shrink as if Σw respondents had answered.
     */
    static List<DiagnosticEntry> frequencyWarnings(DataHandling handling, PathModel model, DataTable table) {
        if (handling.weightColumn() == null) {
            return List.of();
        }
        double[] sums = sums(usedWeights(handling, model, table));
        return frequencyWarnings(handling, sums[0], sums[1]);
    }

    /** {@link #frequencyWarnings(DataHandling, PathModel, DataTable)} from the row count and Σw. */
    static List<DiagnosticEntry> frequencyWarnings(DataHandling handling, double rows, double sum) {
        if (handling.weightColumn() == null || handling.weightKind() != WeightKind.FREQUENCY
                || Math.abs(sum - rows) <= SUM_TOLERANCE * rows) {
            return List.of();
        }
        return List.of(DiagnosticEntry.warning("WEIGHTS_NOT_ROW_COUNT", List.of(), List.of(handling.weightColumn()),
                String.format(Locale.ROOT, "--weights-kind frequency: the weights '%s' sum to %.6g, not to the %d rows "
                        + "used, so n = %.6g and the standard errors are those of that many respondents; use "
                        + "--weights-kind sampling for survey weights", handling.weightColumn(), sum, (long) rows, sum)));
    }

    /** @return {count, Σw, Σw²} */
    private static double[] sums(double[] w) {
        double[] out = {w.length, 0, 0};
        for (double v : w) {
            out[1] += v;
            out[2] += v * v;
        }
        return out;
    }

    /** The weights of the rows the moments use: the complete rows under listwise deletion, else all. */
    static double[] usedWeights(DataHandling handling, PathModel model, DataTable table) {
        double[] w = WeightedMoments.weights(table, handling.weightColumn());
        if (handling.missing() != MissingStrategy.LISTWISE) {
            return w;
        }
        boolean[] used = new boolean[w.length];
        java.util.Arrays.fill(used, true);
        int count = w.length;
        for (String c : model.indicators()) {
            double[] x = table.column(c);
            for (int r = 0; r < x.length; r++) {
                if (used[r] && Double.isNaN(x[r])) {
                    used[r] = false;
                    count--;
                }
            }
        }
        double[] out = new double[count];
        for (int r = 0, k = 0; r < w.length; r++) {
            if (used[r]) {
                out[k++] = w[r];
            }
        }
        return out;
    }
}
