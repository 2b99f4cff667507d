package dev.csimodel.report.table;

import dev.csimodel.report.ComparisonReport;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.ReportWriter;

import java.io.PrintWriter;
import java.util.List;

/**
 * The report's tables as Markdown pipe tables (GitHub and Pandoc), each preceded by a Pandoc
 * caption line {@code Table: caption} and followed by its note. Numbers are right-aligned and
 * rounded as in the text report; an absent value is "n/a". The characters with a meaning in
 * Markdown ({@code \ | * _ ` < > [ ]}) are escaped with a backslash, so that "***" stays stars
 * and a '|' in a name cannot split a cell.
 */
public final class MarkdownReport implements ReportWriter {

    @Override
    public void write(EstimationReport report, PrintWriter out) {
        write(TableReport.of(report), out);
    }

    @Override
    public void write(ComparisonReport report, PrintWriter out) {
        write(TableReport.of(report), out);
    }

    /**
     * Writes {@code report} as one Markdown document.
     *
     * @param out where to write
     * @param report the tables and the report's preamble
     */
    public static void write(TableReport report, PrintWriter out) {
        out.println("# " + escape(report.title()));
        out.println();
        report.preamble().forEach(line -> out.println(escape(line) + "  "));
        for (Table t : report.tables()) {
            out.println();
            table(t, out);
        }
        out.flush();
    }

    private static void table(Table t, PrintWriter out) {
        out.println("Table: " + escape(t.caption()));
        out.println();
        out.println(line(t.columns().stream().map(MarkdownReport::escape).toList()));
        StringBuilder rule = new StringBuilder("|");
        for (int j = 0; j < t.columns().size(); j++) {
            rule.append(t.numericColumn(j) ? " ---: |" : " :--- |");
        }
        out.println(rule);
        for (List<Cell> row : t.rows()) {
            out.println(line(row.stream().map(c -> escape(c.shown())).toList()));
        }
        if (!t.note().isEmpty()) {
            out.println();
            out.println("Note: " + escape(t.note()));
        }
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /** @return {@code s} with Markdown's inline markup characters backslash-escaped */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            if ("\\|*_`<>[]".indexOf(ch) >= 0) {
                b.append('\\');
            }
            b.append(ch == '\n' ? ' ' : ch);
        }
        return b.toString();
    }
}
