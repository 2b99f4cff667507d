package dev.csimodel.analysis.study;

import dev.csimodel.Arguments;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowCollector;
import dev.csimodel.io.GroupedData;

import java.util.List;
import java.util.Optional;

/**
 * The rows a study runs on.
 *
 * @param source names the data in messages and reports (a file name, a redacted URL)
 * @param table  the columns the model uses (indicators, weight column), all rows
 * @param groups the segment label of each row, when the study compares segments
 * @param waves  the wave (quarter, year) of each row, when the study compares waves
 */
public record StudyData(String source, DataTable table, Optional<GroupedData> groups, Optional<GroupedData> waves) {

    /**
     * Source and table are required; grouped data must be grouped over {@code table}'s rows.
     *
     * @param source names the data in messages and reports (a file name, a redacted URL)
     * @param table  the columns the model uses (indicators, weight column), all rows
     * @param groups the segment label of each row, when the study compares segments
     * @param waves  the wave (quarter, year) of each row, when the study compares waves
     */
    public StudyData {
        Arguments.requireNonNull(source, "source");
        Arguments.requireNonNull(table, "table");
        Arguments.requireNonNull(groups, "groups");
        Arguments.requireNonNull(waves, "waves");
    }

    /**
     * @param source names the data
     * @param table  the used columns, all rows
     * @return the rows of {@code table}, not grouped
     */
    public static StudyData of(String source, DataTable table) {
        return new StudyData(source, table, Optional.empty(), Optional.empty());
    }

    /**
     * @param source  names the data
     * @param grouped the used columns with each row's segment label
     * @return the rows of {@code grouped}, one segment per label
     */
    public static StudyData grouped(String source, GroupedData grouped) {
        return new StudyData(source, grouped.table(), Optional.of(grouped), Optional.empty());
    }

    /**
     * Reads {@code columns} from {@code source}, with the labels of column {@code group} when
     * present (streamed once, so that rows and labels come from one pass).
     *
     * @param source  the data source (a file, a database table or query)
     * @param columns the columns to read (the model's indicators, the weight column)
     * @param group   the segment column, if any
     * @return the data, named by the source's description
     */
    public static StudyData read(DataSource source, List<String> columns, Optional<String> group) {
        if (group.isEmpty()) {
            return of(source.description(), source.read(columns));
        }
        RowCollector rows = new RowCollector(columns);
        source.stream(columns, group, rows);
        DataTable table = rows.table();
        return grouped(source.description(), new GroupedData(table, group.get(), rows.labels()));
    }

    /**
     * @param column    the wave column's name
     * @param waveOfRow the wave of each row of the table
     * @return a copy whose rows also carry their wave
     */
    public StudyData withWaves(String column, List<String> waveOfRow) {
        return new StudyData(source, table, groups, Optional.of(new GroupedData(table, column, waveOfRow)));
    }

    /**
     * @param value the new table, with the same rows
     * @return a copy with {@code value} as the table (e.g. after recoding), keeping the labels
     */
    public StudyData withTable(DataTable value) {
        return new StudyData(source, value, groups.map(g -> new GroupedData(value, g.groupColumn(), g.labels())),
                waves.map(w -> new GroupedData(value, w.groupColumn(), w.labels())));
    }
}
