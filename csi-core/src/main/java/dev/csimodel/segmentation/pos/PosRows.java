package dev.csimodel.segmentation.pos;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rows PLS-POS moves between segments, and the labelling of the final partition. */
final class PosRows {

    private PosRows() {
    }

    /**
     * @return the indicators of every row, in the model's block order, centred on the whole
     *         sample's means (see {@link SegmentSums} for why)
     * @throws CsiDataException naming the indicator(s) without a column, or the column and
     *                          (1-based) row of a missing or non-finite value
     */
    static double[][] centred(DataTable data, List<String> indicators) {
        List<String> absent = new ArrayList<>();
        for (String name : indicators) {
            if (!data.hasColumn(name)) {
                absent.add(name);
            }
        }
        if (!absent.isEmpty()) {
            throw new CsiDataException("the data has no column for indicator(s) " + absent
                    + "; its columns are " + data.columnNames());
        }
        int n = data.rowCount();
        int p = indicators.size();
        double[][] rows = new double[n][p];
        for (int j = 0; j < p; j++) {
            double[] x = data.column(indicators.get(j));
            double mean = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(x[i])) {
                    throw new CsiDataException("column '" + indicators.get(j) + "', row " + (i + 1) + ": "
                            + x[i] + "; PLS-POS needs complete, finite data");
                }
                mean += x[i];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                rows[i][j] = x[i] - mean;
            }
        }
        return rows;
    }

    /** @return per indicator, {@code fraction} times its whole-sample population variance */
    static double[] minimumVariance(double[][] rows, double fraction) {
        int p = rows.length == 0 ? 0 : rows[0].length;
        double[] v = new double[p];
        for (double[] row : rows) {
            for (int j = 0; j < p; j++) {
                v[j] += row[j] * row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            v[j] = fraction * v[j] / rows.length;
        }
        return v;
    }

    /** @return the labels renumbered by decreasing segment size, the segment met first first on a tie */
    static int[] bySize(int[] labels, int k) {
        int[] size = new int[k];
        int[] first = new int[k];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < labels.length; i++) {
            size[labels[i]]++;
            first[labels[i]] = Math.min(first[labels[i]], i);
        }
        Integer[] order = new Integer[k];
        for (int s = 0; s < k; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : Integer.compare(first[a], first[b]));
        int[] rank = new int[k];
        for (int r = 0; r < k; r++) {
            rank[order[r]] = r;
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = rank[labels[i]];
        }
        return out;
    }
}
