package dev.csimodel.io;

/**
 * The place of the current row of one range: its line and row within the range, and, once the
 * ranges before it are counted, the line and row the range starts at. Before that,
 * {@link #place()} throws {@link DeferredPlace}.
 */
final class RangePlace implements CsvPlace {

    private final String source;
    private long lineBase = -1;
    private long rowBase;
    private long line;
    private long row;

    RangePlace(String source) {
        this.source = source;
    }

    /**
     * @param lineBefore the lines of the range before this row
     * @param rowInRange its 1-based data row in the range
     */
    void at(long lineBefore, long rowInRange) {
        line = lineBefore;
        row = rowInRange;
    }

    /**
     * @param firstLine the file line of the range's first byte
     * @param rowsBefore the data rows before the range
     */
    void resolve(long firstLine, long rowsBefore) {
        lineBase = firstLine;
        rowBase = rowsBefore;
    }

    @Override
    public String place() {
        if (lineBase < 0) {
            throw DeferredPlace.INSTANCE;
        }
        return source + ", line " + (lineBase + line) + " (data row " + (rowBase + row) + ")";
    }
}
