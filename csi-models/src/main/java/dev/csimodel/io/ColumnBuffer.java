package dev.csimodel.io;

import java.util.Arrays;

/** Growable column-major storage for rows of known width, so a file is read in one pass. */
final class ColumnBuffer {

    private static final int INITIAL_ROWS = 256;

    private double[][] columns;
    private int rows;

    ColumnBuffer(int width) {
        columns = new double[width][INITIAL_ROWS];
    }

    void add(double[] row) {
        if (columns.length > 0 && rows == columns[0].length) {
            for (int j = 0; j < columns.length; j++) {
                columns[j] = Arrays.copyOf(columns[j], rows * 2);
            }
        }
        for (int j = 0; j < row.length; j++) {
            columns[j][rows] = row[j];
        }
        rows++;
    }

    /** @return the filled part of each column */
    double[][] columns() {
        double[][] out = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            out[j] = Arrays.copyOf(columns[j], rows);
        }
        return out;
    }
}
