package dev.csimodel.analysis.study;

import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingValues;
import dev.csimodel.data.missing.SuspectMissingCode;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.WeightKind;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The warnings of a study run, each naming what it concerns. */
final class StudyWarnings {

    /** Relative difference of Σw from the row count below which frequency weights are not flagged. */
    private static final double SUM_TOLERANCE = 1e-9;

    /** Share of discarded bootstrap attempts above which a run warns. */
    static final double WARN_FAILURE_SHARE = 0.05;

    private StudyWarnings() {
    }

    /** @return one INDEX_UNDEFINED warning per construct without a 0-100 index */
    static List<StudyWarning> undefinedIndices(Optional<CsiIndex> index) {
        return index.map(i -> i.undefined().stream().map(u -> new StudyWarning(StudyWarningKind.INDEX_UNDEFINED,
                List.of(u.construct()), List.of(u.indicator()), "no 0-100 index for " + u.construct() + ": "
                + u.reason())).toList()).orElse(List.of());
    }

    /**
     * A WEIGHTS_NOT_ROW_COUNT warning under frequency weights whose sum differs from the number
     * of rows used: n is then Σw, and standard errors shrink as if Σw respondents had answered.
     */
    static List<StudyWarning> frequencyWeights(DataHandling handling, Optional<WeightSummary> weights) {
        if (weights.isEmpty() || handling.weightKind() != WeightKind.FREQUENCY) {
            return List.of();
        }
        double rows = weights.get().rows();
        double sum = weights.get().sum();
        if (Math.abs(sum - rows) <= SUM_TOLERANCE * rows) {
            return List.of();
        }
        return List.of(new StudyWarning(StudyWarningKind.WEIGHTS_NOT_ROW_COUNT, List.of(),
                List.of(handling.weightColumn()), String.format(Locale.ROOT, "frequency weights: the weights '%s' "
                        + "sum to %.6g, not to the %d rows used, so n = %.6g and the standard errors are those of "
                        + "that many respondents; use sampling weights (csi --weights-kind sampling) for survey "
                        + "weights", handling.weightColumn(), sum, (long) rows, sum)));
    }

    /**
     * @return a SUSPECT_MISSING_CODE warning for each indicator value that looks like an
     *         unrecoded missing-value code (the rule of {@link MissingValues#suspectCodes})
     */
    static List<StudyWarning> suspectCodes(DataTable table, PathModel model) {
        List<StudyWarning> out = new ArrayList<>();
        for (SuspectMissingCode s : MissingValues.suspectCodes(table, model.indicators())) {
            String value = BigDecimal.valueOf(s.value()).stripTrailingZeros().toPlainString();
            List<String> constructs = model.constructs().stream().filter(c -> c.indicators().contains(s.column()))
                    .map(Construct::name).toList();
            out.add(new StudyWarning(StudyWarningKind.SUSPECT_MISSING_CODE, constructs, List.of(s.column()),
                    "column '" + s.column() + "' holds " + value + " " + s.count() + " times, far outside its other "
                            + "values: a missing-value code used as data? If so, declare it missing (csi --missing "
                            + value + ")"));
        }
        return out;
    }

    /** @return a BOOTSTRAP_FAILURES warning when more than 5% of the attempts could not be used */
    static List<StudyWarning> bootstrapFailures(BootstrapResult boot) {
        if (!(boot.failureShare() > WARN_FAILURE_SHARE)) {
            return List.of();
        }
        String share = String.format(Locale.ROOT, "%.1f%%", 100 * boot.failureShare());
        String summary = boot.used() + " of " + boot.requested() + " requested resamples used (" + boot.attempted()
                + " drawn, " + boot.failed() + " failed, " + boot.nonConverged() + " did not converge)";
        String tail = boot.intervalsWithheld()
                ? "; more than half failed, so no confidence interval is reported (the surviving resamples are a "
                + "selected minority)"
                : "; the intervals come from the surviving resamples only";
        return List.of(new StudyWarning(StudyWarningKind.BOOTSTRAP_FAILURES, List.of(), List.of(),
                "bootstrap: " + share + " of the resample attempts could not be used: " + summary + tail));
    }

    /** @return a warning of {@code kind} about the whole model */
    static StudyWarning skipped(StudyWarningKind kind, String message) {
        return new StudyWarning(kind, List.of(), List.of(), message);
    }
}
