package dev.csimodel.report.table;

import dev.csimodel.report.ComparisonReport;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.ReportWriter;

import java.io.PrintWriter;
import java.util.List;

/**
 * The report's tables as LaTeX {@code table} floats with booktabs rules (the layout journals
 * ask for: no vertical lines), to {@code \input} into a document that loads {@code booktabs}.
 * Each table has a caption, a label {@code tab:csi-<id>} and its note under the rules. Text is
 * escaped by {@link #escape}: the ten special characters, and the non-ASCII symbols the report
 * uses (², →, ≥, ≤, −) as commands that work with any input encoding.
 */
public final class LatexReport implements ReportWriter {

    @Override
    public void write(EstimationReport report, PrintWriter out) {
        write(TableReport.of(report), out);
    }

    @Override
    public void write(ComparisonReport report, PrintWriter out) {
        write(TableReport.of(report), out);
    }

    /**
     * Writes {@code report} as a LaTeX fragment of one table float per table.
     *
     * @param out where to write
     * @param report the tables and the report's preamble
     */
    public static void write(TableReport report, PrintWriter out) {
        out.println("% " + oneLine(report.title()) + ". Needs \\usepackage{booktabs}.");
        report.preamble().forEach(line -> out.println("% " + oneLine(line)));
        for (Table t : report.tables()) {
            out.println();
            table(t, out);
        }
        out.flush();
    }

    private static void table(Table t, PrintWriter out) {
        StringBuilder spec = new StringBuilder();
        for (int j = 0; j < t.columns().size(); j++) {
            spec.append(t.numericColumn(j) ? 'r' : 'l');
        }
        out.println("\\begin{table}[htbp]");
        out.println("\\centering");
        out.println("\\caption{" + escape(t.caption()) + "}");
        out.println("\\label{tab:csi-" + t.id() + "}");
        out.println("\\begin{tabular}{" + spec + "}");
        out.println("\\toprule");
        out.println(line(t.columns().stream().map(LatexReport::escape).toList()));
        out.println("\\midrule");
        for (List<Cell> row : t.rows()) {
            out.println(line(row.stream().map(c -> escape(c.shown())).toList()));
        }
        out.println("\\bottomrule");
        out.println("\\end{tabular}");
        if (!t.note().isEmpty()) {
            out.println("\\par\\smallskip{\\footnotesize " + escape(t.note()) + "}");
        }
        out.println("\\end{table}");
    }

    private static String line(List<String> cells) {
        return String.join(" & ", cells) + " \\\\";
    }

    /** A comment line cannot hold a line break; '%' inside it is harmless. */
    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * @return {@code s} safe in LaTeX text: {@code & % $ # _ { } ~ ^ \} and {@code < > |} (which
     *         print other glyphs in the default font encoding) as commands, ², →, ≥, ≤ and the
     *         minus sign in math mode
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char ch : s.toCharArray()) {
            b.append(switch (ch) {
                case '&', '%', '$', '#', '_', '{', '}' -> "\\" + ch;
                case '~' -> "\\textasciitilde{}";
                case '^' -> "\\textasciicircum{}";
                case '\\' -> "\\textbackslash{}";
                case '<' -> "\\textless{}";
                case '>' -> "\\textgreater{}";
                case '|' -> "\\textbar{}";
                case '²' -> "\\textsuperscript{2}";
                case '→' -> "$\\rightarrow$";
                case '≥' -> "$\\geq$";
                case '≤' -> "$\\leq$";
                case '−' -> "$-$";
                case '\n', '\r' -> " ";
                default -> String.valueOf(ch);
            });
        }
        return b.toString();
    }
}
