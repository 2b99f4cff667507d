package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.io.GroupedData;
import dev.csimodel.io.spss.LabelledRange;
import dev.csimodel.io.spss.SavFile;
import dev.csimodel.io.spss.SavVariable;
import dev.csimodel.models.index.Scale;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --data FILE.sav}: an SPSS system file read in memory through csi-io-spss. Its declared
 * missing values are already NaN (no {@code --missing} needed), and when {@code --scale} is not
 * given the value labels of the model's indicators supply the scale end-points.
 */
final class SavData {

    private SavData() {
    }

    /** @return true if {@code --data} names a .sav file (by extension) */
    static boolean isSav(DataOptions options) {
        return !options.standardInput()
                && options.data.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sav");
    }

    /** @return the used columns of {@code models} (and the group labels) from the .sav file */
    static SurveyData load(DataOptions options, String group, List<PathModel> models) {
        requireNoCsvOptions(options);
        SavFile sav = options.savFile();
        List<String> names = sav.variables().stream().map(SavVariable::name).toList();
        List<String> used = SurveyData.usedColumns(options, names, models);
        DataTable table = withCodes(options, sav.numericColumns(used));
        if (group == null) {
            return new SurveyData(options.data.toString(), table, Optional.empty());
        }
        return new SurveyData(options.data.toString(), table, Optional.of(new GroupedData(table, group, labels(sav, group))));
    }

    /** Options of the CSV reader have no meaning for a system file: an error rather than ignored. */
    private static void requireNoCsvOptions(DataOptions options) {
        String given = options.delimiter != null ? "--delimiter" : options.encoding != null ? "--encoding"
                : options.decimalComma ? "--decimal-comma" : options.readThreads != null ? "--read-threads" : null;
        if (given != null) {
            throw new CsiSpecificationException(given + " applies to CSV files; " + options.data.getFileName()
                    + " is an SPSS file (its encoding and number format are in the file): drop " + given);
        }
    }

    /** {@code --missing} codes on a .sav add to the declared ones; they must be numbers. */
    private static DataTable withCodes(DataOptions options, DataTable table) {
        if (options.missingCodes == null) {
            return table;
        }
        Set<Double> codes = new LinkedHashSet<>();
        for (String code : options.missingCodes) {
            try {
                codes.add(Double.parseDouble(code.trim()));
            } catch (NumberFormatException e) {
                throw new CsiSpecificationException("--missing " + code + ": a .sav file holds numbers; give numeric codes");
            }
        }
        DataTable out = table;
        for (String name : table.columnNames()) {
            double[] column = table.column(name);
            for (int i = 0; i < column.length; i++) {
                column[i] = codes.contains(column[i]) ? Double.NaN : column[i];
            }
            out = out.withColumn(name, column);
        }
        return out;
    }

    /** The group label of each row: the value label of its code, else the code itself. */
    private static List<String> labels(SavFile sav, String group) {
        SavVariable variable = sav.variable(group).orElseThrow(() -> new CsiDataException(sav.path()
                + ": no grouping column '" + group + "'"));
        double[] codes = sav.numericColumns(List.of(group)).column(group);
        List<String> labels = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            if (Double.isNaN(codes[i])) {
                throw new CsiDataException(sav.path() + ": row " + (i + 1) + " has no value in grouping column '" + group + "'");
            }
            double code = codes[i];
            labels.add(variable.valueLabel(code).orElse(code == Math.rint(code) ? Long.toString((long) code) : Double.toString(code)));
        }
        return labels;
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
