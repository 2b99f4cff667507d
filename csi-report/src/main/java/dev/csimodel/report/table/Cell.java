package dev.csimodel.report.table;

import java.util.Locale;
import java.util.Optional;

/**
 * One typed cell of a {@link Table}. Spreadsheet formats (CSV, xlsx) write the value at full
 * precision; document formats (Markdown, LaTeX) write it rounded as {@link #shown()} says. A
 * quantity that does not apply is {@link Absent}: "n/a" in documents, an empty cell in
 * spreadsheets, never 0.
 */
public sealed interface Cell {

    /** The text of an absent value in documents. */
    String NA = "n/a";

    /** @return the cell as a document shows it: rounded numbers, "n/a" for an absent value */
    String shown();

    /** @return true for a number (right-aligned in documents, a numeric cell in spreadsheets) */
    default boolean numeric() {
        return false;
    }

    /** A label: construct, indicator, criterion. */
    record Text(String value) implements Cell {
        /**
         * Replaces a null label by the empty one.
         *
         * @param value the label; null is shown as empty
         */
        public Text {
            value = value == null ? "" : value;
        }

        @Override
        public String shown() {
            return value;
        }
    }

    /** A real number shown with {@code decimals} decimals. */
    record Number(double value, int decimals) implements Cell {
        @Override
        public String shown() {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A p-value: three decimals, {@code <0.001} below 0.001 (APA style). */
    record Probability(double value) implements Cell {
        @Override
        public String shown() {
            return value < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", value);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A whole number: observations, rank, degrees of freedom. */
    record Count(long value) implements Cell {
        @Override
        public String shown() {
            return Long.toString(value);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A quantity that does not apply here. */
    record Absent() implements Cell {
        @Override
        public String shown() {
            return NA;
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /**
     * @param c a cell
     * @return the number of a {@link Number}, {@link Probability} or {@link Count}; empty otherwise
     */
    static Optional<Double> valueOf(Cell c) {
        if (c instanceof Number n) {
            return Optional.of(n.value());
        }
        if (c instanceof Probability p) {
            return Optional.of(p.value());
        }
        if (c instanceof Count k) {
            return Optional.of((double) k.value());
        }
        return Optional.empty();
    }

    /**
     * @param value the label
     * @return a text cell
     */
    static Cell text(String value) {
        return new Text(value);
    }

    /**
     * @param decimals the decimals shown in documents (spreadsheets keep full precision)
     * @param value the value; null gives an absent cell where the method says so
     * @return a number, or {@link Absent} for null or a non-finite value (never a silent NaN)
     */
    static Cell number(Double value, int decimals) {
        return value == null || !Double.isFinite(value) ? new Absent() : new Number(value, decimals);
    }

    /**
     * @param value the value; null gives an absent cell where the method says so
     * @return a coefficient with three decimals, or {@link Absent}
     */
    static Cell coefficient(Double value) {
        return number(value, 3);
    }

    /**
     * @param value the value; null gives an absent cell where the method says so
     * @return a p-value, or {@link Absent}
     */
    static Cell p(Double value) {
        return value == null || !Double.isFinite(value) ? new Absent() : new Probability(value);
    }

    /**
     * @param value the count
     * @return a whole number
     */
    static Cell count(long value) {
        return new Count(value);
    }
}
