package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.io.CsvOptions;
import dev.csimodel.io.GroupedData;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The survey rows a command works on: the columns its models use, read from the CSV file, plus
 * the group label of each row with {@code --group}.
 *
 * @param source names the data in messages (the file name)
 * @param table  the used columns, all rows
 * @param groups the rows' groups, when {@code --group} was given
 */
record SurveyData(String source, DataTable table, Optional<GroupedData> groups) {

    /**
     * Reads the indicators of {@code models} from the data file of {@code options}, and the
     * labels of column {@code group} unless it is null.
     *
     * @throws CsiDataException naming the file and, for a missing column, the construct that needs it
     */
    static SurveyData load(DataOptions options, String group, List<PathModel> models) {
        CsvDataReader reader = reader(options);
        List<String> used = usedColumns(options, reader, models);
        if (group == null) {
            return new SurveyData(options.data.toString(), reader.read(options.data, used), Optional.empty());
        }
        GroupedData grouped = reader.readGrouped(options.data, used, group);
        return new SurveyData(options.data.toString(), grouped.table(), Optional.of(grouped));
    }

    /** @return a CSV reader with the delimiter and missing-value token of {@code options} */
    static CsvDataReader reader(DataOptions options) {
        CsvOptions csv = CsvOptions.defaults().withDelimiter(options.delimiter);
        if (options.missingToken != null) {
            csv = csv.withMissingToken(options.missingToken);
        }
        return new CsvDataReader(csv);
    }

    /**
     * @return the indicators of {@code models}, in model order without repeats, then the weight
     *         column if any
     * @throws CsiDataException naming the file and, for a missing column, the construct that needs it
     */
    static List<String> usedColumns(DataOptions options, CsvDataReader reader, List<PathModel> models) {
        List<String> header = reader.header(options.data);
        Set<String> columns = new LinkedHashSet<>();
        for (PathModel model : models) {
            for (Construct c : model.constructs()) {
                for (String indicator : c.indicators()) {
                    if (!header.contains(indicator)) {
                        throw new CsiDataException(options.data + ": no column '" + indicator + "' (indicator of construct '"
                                + c.name() + "'); the columns are " + header);
                    }
                    columns.add(indicator);
                }
            }
        }
        if (options.weights != null) {
            requireNotIndicator(options.weights, models);
            if (!header.contains(options.weights)) {
                throw new CsiDataException(options.data + ": no weight column '" + options.weights + "'; the columns are "
                        + header);
            }
            columns.add(options.weights);
        }
        return new ArrayList<>(columns);
    }

    /** A weight column that is also an indicator would be read twice (once as data, once as weights). */
    private static void requireNotIndicator(String weights, List<PathModel> models) {
        for (PathModel model : models) {
            for (Construct c : model.constructs()) {
                if (c.indicators().contains(weights)) {
                    throw new dev.csimodel.CsiSpecificationException("--weights " + weights + ": column '" + weights
                            + "' is an indicator of construct '" + c.name() + "'; a weight column cannot be an indicator");
                }
            }
        }
    }
}
