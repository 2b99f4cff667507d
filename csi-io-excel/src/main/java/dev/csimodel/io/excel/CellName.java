package dev.csimodel.io.excel;

/** Spreadsheet cell names as Excel shows them: column letters then the 1-based row ({@code C17}). */
final class CellName {

    private CellName() {
    }

    /**
     * Bijective base-26 column letters: 0 is A, 25 is Z, 26 is AA (ECMA-376 Part 1, 18.17.2.1,
     * the A1 reference style).
     *
     * @param column 0-based column index
     * @return the column's letters
     */
    static String letters(int column) {
        StringBuilder out = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            out.append((char) ('A' + (c - 1) % 26));
        }
        return out.reverse().toString();
    }

    /** @return {@code sheet!C17} for 0-based column 2 and 1-based row 17 */
    static String of(String sheet, int column, int row) {
        return sheet + "!" + letters(column) + row;
    }
}
