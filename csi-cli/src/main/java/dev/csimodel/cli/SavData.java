package dev.csimodel.cli;

import dev.csimodel.io.spss.LabelledRange;
import dev.csimodel.io.spss.SavFile;
import dev.csimodel.io.spss.SavVariable;
import dev.csimodel.models.index.Scale;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.Optional;

/**
 * {@code --data FILE.sav}: the scale end-points from the value labels of the model's indicators
 * when {@code --scale} is not given. The rows are read through {@link DataSources} like every
 * other source; the file's declared missing values are already NaN (no {@code --missing} needed).
 */
final class SavData {

    private SavData() {
    }

    /** @return true if {@code --data} names a .sav file (by extension) */
    static boolean isSav(DataOptions options) {
        return options.kind() == DataKind.SAV;
    }

    /**
     * The scale the value labels declare for the indicators of {@code model}: present when every
     * indicator has the same labelled range (smallest and largest labelled value that is not a
     * missing code).
     *
     * @return the common range as a scale, or empty (with the reason in {@code why})
     */
    static Optional<Scale> labelledScale(DataOptions options, PathModel model, List<String> why) {
        SavFile sav = options.savFile();
        Optional<LabelledRange> common = Optional.empty();
        for (String indicator : model.indicators()) {
            Optional<LabelledRange> range = sav.variable(indicator).flatMap(SavVariable::labelledRange);
            if (range.isEmpty() || (common.isPresent() && !common.get().equals(range.get()))) {
                why.add(range.isEmpty() ? "indicator '" + indicator + "' has no value labels"
                        : "indicator '" + indicator + "' is labelled " + text(range.get()) + ", others " + text(common.get()));
                return Optional.empty();
            }
            common = range;
        }
        return common.filter(r -> r.min() < r.max()).map(r -> Scale.of(r.min(), r.max()));
    }

    static String text(LabelledRange r) {
        return format(r.min()) + "-" + format(r.max());
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
