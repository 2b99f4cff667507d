package dev.csimodel.io.spss;

import java.util.Arrays;

/**
 * Reads the cases that follow record 999, either as plain 8-byte slots or bytecode-compressed
 * (compression 1): blocks of eight command bytes, each followed by the raw 8-byte values its
 * code-253 commands refer to. Codes: 0 padding, 1-251 the number {@code code - bias},
 * 252 end of data, 253 a raw slot follows, 254 eight spaces, 255 system-missing
 * (IBM SPSS Statistics "System file format", data record).
 */
final class CaseReader {

    private static final int PADDING = 0;
    private static final int END_OF_DATA = 252;
    private static final int RAW = 253;
    private static final int SPACES = 254;
    private static final int SYSMIS = 255;
    private static final int BLOCK = 8;

    private final SavCursor in;
    private final SavHeader header;
    /** For each slot, the numeric column it feeds, or -1 for string slots. */
    private final int[] slotColumn;
    /** The value a slot decodes to, per column: the file's sysmis and the missing spec give NaN. */
    private final ValueFilter filter;
    private double[][] columns;
    private int rows;
    private final byte[] commands = new byte[BLOCK];
    private int command = BLOCK;

    interface ValueFilter {
        double apply(int column, double value);
    }

    CaseReader(SavCursor in, SavHeader header, int[] slotColumn, int columnCount, ValueFilter filter) {
        this.in = in;
        this.header = header;
        this.slotColumn = slotColumn;
        this.filter = filter;
        int guess = header.caseCount() > 0 ? Math.min(header.caseCount(), 1 << 16) : 1024;
        this.columns = new double[columnCount][guess];
    }

    /** @return the numeric columns, each of {@code rows} values */
    double[][] read() {
        boolean compressed = header.compression() == SavHeader.BYTECODE;
        while (header.caseCount() < 0 || rows < header.caseCount()) {
            int at = in.offset();
            boolean more = compressed ? compressedCase(at) : plainCase(at);
            if (!more) {
                break;
            }
            rows++;
        }
        if (header.caseCount() >= 0 && rows < header.caseCount()) {
            throw in.error("file truncated: header declares " + header.caseCount() + " cases, data ends after " + rows);
        }
        double[][] out = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            out[j] = Arrays.copyOf(columns[j], rows);
        }
        return out;
    }

    private boolean plainCase(int at) {
        if (in.remaining() == 0 && header.caseCount() < 0) {
            return false;
        }
        if (in.remaining() < 8L * slotColumn.length) {
            throw in.error(at, "file truncated inside case " + (rows + 1));
        }
        for (int s = 0; s < slotColumn.length; s++) {
            double value = in.float64("case value");
            store(s, value);
        }
        return true;
    }

    private boolean compressedCase(int at) {
        for (int s = 0; s < slotColumn.length; s++) {
            int code = nextCode(s == 0, at);
            if (code < 0) {
                return false;
            }
            switch (code) {
                case RAW -> store(s, in.float64("raw compressed value"));
                case SPACES -> requireString(s, at, "eight spaces (254)");
                case SYSMIS -> store(s, Double.NaN);
                default -> store(s, code - header.bias());
            }
        }
        return true;
    }

    /**
     * @return the next non-padding command, or -1 at end of data on a case boundary
     */
    private int nextCode(boolean caseStart, int caseAt) {
        while (true) {
            if (command == BLOCK) {
                if (in.remaining() == 0 && caseStart) {
                    return -1;
                }
                if (in.remaining() < BLOCK) {
                    throw in.error("file truncated inside compressed case " + (rows + 1));
                }
                System.arraycopy(in.bytes(BLOCK, "compression commands"), 0, commands, 0, BLOCK);
                command = 0;
            }
            int code = commands[command++] & 0xff;
            if (code == END_OF_DATA) {
                if (!caseStart) {
                    throw in.error(caseAt, "end-of-data code inside case " + (rows + 1));
                }
                return -1;
            }
            if (code != PADDING) {
                return code;
            }
        }
    }

    private void requireString(int slot, int caseAt, String what) {
        if (slotColumn[slot] >= 0) {
            throw in.error(caseAt, what + " for a numeric variable in case " + (rows + 1));
        }
    }

    private void store(int slot, double value) {
        int column = slotColumn[slot];
        if (column < 0) {
            return;
        }
        if (rows == columns[column].length) {
            grow();
        }
        columns[column][rows] = filter.apply(column, value);
    }

    private void grow() {
        for (int j = 0; j < columns.length; j++) {
            columns[j] = Arrays.copyOf(columns[j], Math.max(16, columns[j].length * 2));
        }
    }
}
