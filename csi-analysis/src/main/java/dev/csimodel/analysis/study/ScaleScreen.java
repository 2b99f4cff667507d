package dev.csimodel.analysis.study;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every cell of the used indicator columns checked against the questionnaire scale before a
 * fit, so that no index is computed from an answer the questionnaire cannot give.
 *
 * @param table   the data, with out-of-scale cells blanked under {@link OutOfScalePolicy#MISSING}
 * @param blanked the columns with blanked cells, each as {@code "column (count)"}, in column order
 * @param count   the number of cells blanked
 */
public record ScaleScreen(DataTable table, List<String> blanked, long count) {

    /**
     * Copies the list.
     *
     * @param table   the data, with out-of-scale cells blanked under {@link OutOfScalePolicy#MISSING}
     * @param blanked the columns with blanked cells, each as {@code "column (count)"}, in column order
     * @param count   the number of cells blanked
     */
    public ScaleScreen {
        blanked = List.copyOf(blanked);
    }

    /**
     * @param table      the data
     * @param indicators the columns checked
     * @param scale      the questionnaire scale of every checked column
     * @param policy     what a cell outside the scale does
     * @return the screened data
     * @throws CsiDataException under {@link OutOfScalePolicy#ERROR}, naming the first out-of-scale
     *                          cell's column, data row (1-based, header not counted: line
     *                          {@code row + 1} of a CSV file with a one-line header), value and scale
     */
    public static ScaleScreen apply(DataTable table, List<String> indicators, Scale scale, OutOfScalePolicy policy) {
        return apply(table, indicators, IndicatorScales.uniform(scale), policy);
    }

    /**
     * As {@link #apply(DataTable, List, Scale, OutOfScalePolicy)}, each indicator against its own scale.
     *
     * @param table      the data
     * @param indicators the columns checked
     * @param scales     each checked column's questionnaire scale
     * @param policy     what a cell outside its scale does
     * @return the screened data
     */
    public static ScaleScreen apply(DataTable table, List<String> indicators, IndicatorScales scales,
                                    OutOfScalePolicy policy) {
        DataTable out = table;
        List<String> blanked = new ArrayList<>();
        long total = 0;
        for (String col : indicators) {
            Scale scale = scales.scaleOf(col);
            int first = firstOutside(table, table.columnIndex(col), scale);
            if (first == table.rowCount()) {
                continue; // the usual case: no copy of a column that stays as it is
            }
            double[] x = table.column(col);
            int n = blank(x, first, col, scale, policy);
            if (n > 0) {
                out = out.withColumn(col, x);
                blanked.add(col + " (" + n + ")");
                total += n;
            }
        }
        return new ScaleScreen(out, blanked, total);
    }

    /** @return the cells of {@code x} from {@code first} on that lie outside the scale, now NaN */
    private static int blank(double[] x, int first, String col, Scale scale, OutOfScalePolicy policy) {
        int n = 0;
        for (int r = first; r < x.length; r++) {
            if (Double.isNaN(x[r]) || scale.contains(x[r])) {
                continue;
            }
            if (policy == OutOfScalePolicy.ERROR) {
                throw new CsiDataException("column '" + col + "', data row " + (r + 1) + " (line " + (r + 2)
                        + " of a file with one header line): value " + x[r] + " lies outside the scale "
                        + scale.min() + ":" + scale.max() + "; fix the data or the scale, or treat such cells as"
                        + " missing (policy MISSING; csi --out-of-scale missing)");
            }
            x[r] = Double.NaN;
            n++;
        }
        return n;
    }

    /** @return the first row whose cell in column {@code j} is neither missing nor on the scale, or the row count */
    private static int firstOutside(DataTable table, int j, Scale scale) {
        int rows = table.rowCount();
        for (int r = 0; r < rows; r++) {
            double v = table.value(r, j);
            if (!Double.isNaN(v) && !scale.contains(v)) {
                return r;
            }
        }
        return rows;
    }

    /**
     * @param scale the shared scale the cells left
     * @return the warning that counts the blanked cells, if any, naming the shared scale
     */
    public Optional<StudyWarning> warning(Scale scale) {
        return warning("the scale " + scale.min() + ":" + scale.max());
    }

    /** @return the warning that counts the blanked cells, if any; {@code scale} says which scale they left */
    Optional<StudyWarning> warning(String scale) {
        if (count == 0) {
            return Optional.empty();
        }
        List<String> cols = blanked.stream().map(b -> b.substring(0, b.lastIndexOf(" ("))).toList();
        return Optional.of(new StudyWarning(StudyWarningKind.OUT_OF_SCALE, List.of(), cols, count
                + " cell(s) outside " + scale + " treated as missing: " + String.join(", ", blanked)));
    }
}
