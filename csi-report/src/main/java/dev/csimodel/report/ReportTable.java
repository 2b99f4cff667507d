package dev.csimodel.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of formatted cells: the first {@code labelColumns} columns are labels, the others
 * numbers. {@link #render()} lays it out as plain text (labels left-aligned, numbers
 * right-aligned, two spaces between columns, a rule under the header).
 */
final class ReportTable {

    private final List<String> header;
    private final int labelColumns;
    private final List<List<String>> rows = new ArrayList<>();

    ReportTable(int labelColumns, String... header) {
        this.header = List.of(header);
        this.labelColumns = labelColumns;
    }

    ReportTable row(String... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return List.copyOf(rows);
    }

    int labelColumns() {
        return labelColumns;
    }

    String render() {
        int[] width = new int[header.size()];
        measure(header, width);
        rows.forEach(r -> measure(r, width));
        StringBuilder out = new StringBuilder();
        line(out, header, width);
        int total = Arrays.stream(width).sum() + 2 * (width.length - 1);
        out.append("  ").append("-".repeat(total)).append('\n');
        rows.forEach(r -> line(out, r, width));
        return out.toString();
    }

    private static void measure(List<String> cells, int[] width) {
        for (int j = 0; j < cells.size(); j++) {
            width[j] = Math.max(width[j], cells.get(j).codePointCount(0, cells.get(j).length()));
        }
    }

    private void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder("  ");
        for (int j = 0; j < cells.size(); j++) {
            String cell = cells.get(j);
            String pad = " ".repeat(width[j] - cell.codePointCount(0, cell.length()));
            line.append(j < labelColumns ? cell + pad : pad + cell);
            if (j < cells.size() - 1) {
                line.append("  ");
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
