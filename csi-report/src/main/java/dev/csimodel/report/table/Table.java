package dev.csimodel.report.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a report as the paper and spreadsheet formats write it: defined once (see
 * {@link EstimationTables}), rendered by one writer per format.
 *
 * @param id      short name, unique in a report: the CSV file name and the xlsx sheet name
 *                ({@code paths} gives {@code paths.csv}); 1 to 31 lower-case letters, digits and '-' (Excel's limit)
 * @param caption the table's caption
 * @param columns the column headers
 * @param rows    the rows, each with one cell per column
 * @param note    what the table's abbreviations mean; empty if nothing to say
 */
public record Table(String id, String caption, List<String> columns, List<List<Cell>> rows, String note) {

    /**
     * Validates the components.
     *
     * @param id short name, unique in a report: the CSV file name and the xlsx sheet name ({@code paths} gives {@code paths.csv}); 1 to 31 lower-case letters, digits and '-' (Excel's limit)
     * @param caption the table's caption
     * @param columns the column headers
     * @param rows the rows, each with one cell per column
     * @param note what the table's abbreviations mean; empty if nothing to say
     */
    public Table {
        if (!id.matches("[a-z0-9][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("table id '" + id + "' is not 1 to 31 lower-case letters, digits and '-'");
        }
        columns = List.copyOf(columns);
        List<List<Cell>> copy = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row of " + row.size() + " cells under "
                        + columns.size() + " columns");
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
        note = note == null ? "" : note;
    }

    /**
     * @param captionPrefix put before the caption, joined by a colon (e.g. {@code Group gender = male})
     * @param idPrefix put before the id, joined by a hyphen (e.g. {@code g1})
     * @return this table as one of a part of the report (a segment, a stage): its id and caption
     *         prefixed, e.g. {@code g1-paths}, "Group gender = female: Path coefficients"
     */
    public Table within(String idPrefix, String captionPrefix) {
        return new Table(idPrefix + "-" + id, captionPrefix + ": " + caption, columns, rows, note);
    }

    /**
     * @param caption the table's caption
     * @param columns the column headers
     * @param id the table's id: file and sheet name
     * @return a builder of a table with these columns
     */
    public static Builder builder(String id, String caption, String... columns) {
        return new Builder(id, caption, List.of(columns));
    }

    /**
     * @param j a column, from 0
     * @return true if column {@code j} holds numbers (right-aligned)
     */
    public boolean numericColumn(int j) {
        boolean any = false;
        for (List<Cell> row : rows) {
            Cell c = row.get(j);
            if (c instanceof Cell.Text) {
                return false;
            }
            any |= c.numeric();
        }
        return any;
    }

    /** Collects the rows of one table. */
    public static final class Builder {
        private final String id;
        private final String caption;
        private final List<String> columns;
        private final List<List<Cell>> rows = new ArrayList<>();
        private String note = "";

        private Builder(String id, String caption, List<String> columns) {
            this.id = id;
            this.caption = caption;
            this.columns = columns;
        }

        /**
         * Appends a row.
         *
         * @param cells one cell per column
         * @return this builder
         */
        public Builder row(Cell... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        /**
         * Sets the note under the table.
         *
         * @param value the note shown under the table
         * @return this builder
         */
        public Builder note(String value) {
            note = value;
            return this;
        }

        /** @return the table of the rows added so far */
        public Table build() {
            return new Table(id, caption, columns, rows, note);
        }
    }
}
