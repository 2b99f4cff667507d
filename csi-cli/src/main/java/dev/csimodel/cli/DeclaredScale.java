package dev.csimodel.cli;

import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.ValueRange;
import dev.csimodel.models.index.Scale;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.Optional;

/**
 * The scale a source declares for the model's indicators when {@code --scale} is not given
 * ({@link DataSource#declaredRange}; today the value labels of a .sav file): present when every
 * indicator declares the same range.
 *
 * @param scale the common range as a scale, or empty
 * @param why   when empty, the reason (an indicator without a range, or two different ranges)
 * @param any   true if at least one indicator declares a range (a source that declares none stays silent)
 */
record DeclaredScale(Optional<Scale> scale, Optional<String> why, boolean any) {

    /**
     * @param source the data source
     * @param model  the model whose indicators must agree
     * @return the common declared range of the indicators, or the reason there is none
     */
    static DeclaredScale of(DataSource source, PathModel model) {
        List<String> columns = source.columnNames();
        Optional<ValueRange> common = Optional.empty();
        boolean any = false;
        for (String indicator : model.indicators()) {
            // an indicator the source lacks is reported by name when the columns are read
            Optional<ValueRange> range = columns.contains(indicator) ? source.declaredRange(indicator) : Optional.empty();
            any |= range.isPresent();
            if (range.isEmpty() || (common.isPresent() && !common.get().equals(range.get()))) {
                String why = range.isEmpty() ? "indicator '" + indicator + "' has no value labels"
                        : "indicator '" + indicator + "' is labelled " + text(range.get()) + ", others " + text(common.get());
                return new DeclaredScale(Optional.empty(), Optional.of(why), any || anyDeclared(source, columns, model));
            }
            common = range;
        }
        return common.filter(r -> r.min() < r.max()).map(r -> new DeclaredScale(Optional.of(Scale.of(r.min(), r.max())),
                Optional.empty(), true)).orElseGet(() -> new DeclaredScale(Optional.empty(), Optional.empty(), true));
    }

    private static boolean anyDeclared(DataSource source, List<String> columns, PathModel model) {
        return model.indicators().stream().anyMatch(i -> columns.contains(i) && source.declaredRange(i).isPresent());
    }

    /** @return e.g. {@code 0-10} */
    static String text(Scale s) {
        return text(new ValueRange(s.min(), s.max()));
    }

    private static String text(ValueRange r) {
        return format(r.min()) + "-" + format(r.max());
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
