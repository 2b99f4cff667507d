package dev.csimodel.io;

import dev.csimodel.CsiDataException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Parses the records of one byte range of an unquoted CSV file into a {@link RangeSink}: fields
 * split at the delimiter byte, records at LF (a CR before it dropped), blank records skipped
 * but counted as lines, requested cells parsed from the bytes ({@link CellParser#number(byte[],
 * int, int, java.nio.charset.Charset, Supplier)}). Every other column is only skipped over, so
 * text columns cost one table look-up per byte. A lone CR, a quote inside an unquoted field or
 * a line break inside a quoted one, or bytes not valid in the encoding throw
 * {@link NotByteParsable}. Quoted fields are taken when they hold no line break
 * and nothing follows their closing quote. One instance per range; not thread-safe.
 *
 * @param <S> the sink's state
 */
final class RangeParser<S> {

    private final ByteLayout layout;
    private final RangeSink<S> sink;
    private final S state;
    private final RangePlace place;
    private final double[] values;
    private final int[] fieldStart;
    private final int[] fieldEnd;
    private final boolean[] fieldEscaped;
    private boolean doubledQuote;
    private final List<Supplier<String>> cellPlaces;
    private final Supplier<String> labelPlace;
    private final Map<String, String> labels = new HashMap<>();
    private int fields;
    private boolean high;
    private long lineFeeds;
    private long rows;
    private byte[] failedRecord;

    RangeParser(ByteLayout layout, RangeSink<S> sink, S state) {
        this.layout = layout;
        this.sink = sink;
        this.state = state;
        this.place = new RangePlace(layout.source());
        this.values = new double[layout.columns().size()];
        this.fieldStart = new int[layout.width()];
        this.fieldEnd = new int[layout.width()];
        this.fieldEscaped = new boolean[layout.width()];
        this.cellPlaces = layout.columns().stream()
                .map(c -> (Supplier<String>) () -> place.place() + ", column '" + c + "'").toList();
        this.labelPlace = () -> place.place() + ", column '" + layout.groupColumn() + "'";
    }

    /**
     * Parses the records of {@code b[from, to)}, which starts at a record start and ends after an
     * LF or at the end of the file.
     *
     * @return false if a record failed for want of its place ({@link #retry} then rethrows it)
     * @throws NotByteParsable if the range needs the character path
     */
    boolean parse(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int start = i;
            i = scanRecord(b, i, to);
            int end = recordEnd(b, start, i);
            place.at(lineFeeds, rows + 1);
            try {
                rows += record(b) ? 1 : 0;
            } catch (DeferredPlace e) {
                failedRecord = Arrays.copyOfRange(b, start, end);
                return false;
            }
            lineFeeds += b[i - 1] == '\n' ? 1 : 0;
        }
        if (high) {
            validate(b, from, to);
        }
        return true;
    }

    /** Parses the failed record again at its true place: the line and data row before this range. */
    void retry(long lineBase, long rowBase) {
        place.resolve(lineBase, rowBase);
        scanRecord(failedRecord, 0, failedRecord.length);
        record(failedRecord);
        throw new IllegalStateException("a row failed only for want of its place: " + place.place());
    }

    /** @return the state fed so far */
    S state() {
        return state;
    }

    /** @return the LF bytes passed (the lines the range spans, for the next range's first line) */
    long lineFeeds() {
        return lineFeeds;
    }

    /** @return the data rows passed */
    long rows() {
        return rows;
    }

    /**
     * Splits one record into fields (content offsets kept for the first {@code width} of them).
     * A field that starts with a quote runs to the next single quote ({@code ""} inside stands
     * for one), which must be followed by the delimiter or the record's end; a quote anywhere
     * else, or a line break inside quotes, throws {@link NotByteParsable}: only then could a
     * range boundary fall inside a field, and the character path decides.
     *
     * @return the index after the record's LF, or {@code to}
     */
    private int scanRecord(byte[] b, int from, int to) {
        int f = 0;
        int i = from;
        while (true) {
            int start = i;
            int end;
            boolean escaped = false;
            if (i < to && b[i] == CsvDialect.QUOTE) {
                i = closingQuote(b, i + 1, to);
                escaped = doubledQuote;
                start++;
                end = i++;
                if (i + 1 < to && b[i] == '\r' && b[i + 1] == '\n') {
                    i++;
                }
            } else {
                i = fieldEnd(b, i, to);
                end = i < to && b[i] == '\n' && i > start && b[i - 1] == '\r' ? i - 1 : i;
            }
            byte c = i < to ? layout.classes()[b[i] & 0xFF] : CsvDialect.LINE_FEED;
            if (c != CsvDialect.DELIMITER && c != CsvDialect.LINE_FEED) {
                throw NotByteParsable.INSTANCE;
            }
            if (f < fieldStart.length) {
                fieldStart[f] = start;
                fieldEnd[f] = end;
                fieldEscaped[f] = escaped;
            }
            f++;
            if (c == CsvDialect.LINE_FEED) {
                fields = f;
                return i < to ? i + 1 : to;
            }
            i++;
        }
    }

    /** @return the index of the delimiter or LF ending the unquoted field at {@code i}, or {@code to} */
    private int fieldEnd(byte[] b, int i, int to) {
        byte[] classes = layout.classes();
        while (true) {
            while (i < to && classes[b[i] & 0xFF] == CsvDialect.ORDINARY) {
                i++;
            }
            byte c = i < to ? classes[b[i] & 0xFF] : CsvDialect.LINE_FEED;
            if (c == CsvDialect.DELIMITER || c == CsvDialect.LINE_FEED) {
                return i;
            }
            if (c == CsvDialect.CARRIAGE_RETURN && i + 1 < to && b[i + 1] == '\n') {
                i++;
            } else if (c == CsvDialect.HIGH) {
                high = true;
                i++;
            } else {
                throw NotByteParsable.INSTANCE;
            }
        }
    }

    /** @return the index of the quote closing a quoted field whose content starts at {@code i} */
    private int closingQuote(byte[] b, int i, int to) {
        doubledQuote = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c == CsvDialect.QUOTE) {
                if (i + 1 < to && b[i + 1] == CsvDialect.QUOTE) {
                    doubledQuote = true;
                    i++;
                } else {
                    return i;
                }
            } else if (c == '\n' || c == '\r') {
                throw NotByteParsable.INSTANCE;
            } else if (c < 0) {
                high = true;
            }
        }
        throw NotByteParsable.INSTANCE;
    }

    /** @return the end of the record's content: before its LF (and CR) */
    private static int recordEnd(byte[] b, int start, int next) {
        int end = next;
        if (end > start && b[end - 1] == '\n') {
            end--;
            if (end > start && b[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    /** @return false for a blank record (no data row); else hands the row to the sink */
    private boolean record(byte[] b) {
        if (fields == 1 && blank(b, fieldStart[0], fieldEnd[0])) {
            return false;
        }
        int width = fieldStart.length;
        if (fields != width) {
            throw new CsiDataException(place.place() + ": " + fields + (fields == 1 ? " field" : " fields")
                    + ", but the header has " + width + " columns");
        }
        int[] at = layout.positions();
        for (int j = 0; j < at.length; j++) {
            int f = at[j];
            values[j] = fieldEscaped[f] ? layout.cells().number(text(b, f), cellPlaces.get(j))
                    : layout.cells().number(b, fieldStart[f], fieldEnd[f], layout.encoding(), cellPlaces.get(j));
        }
        String label = null;
        if (layout.groupPosition() >= 0) {
            String text = text(b, layout.groupPosition());
            label = labels.computeIfAbsent(layout.cells().label(text, labelPlace), k -> k);
        }
        sink.row(state, values, label, place);
        return true;
    }

    /** @return the text of field {@code f}, doubled quotes made single */
    private String text(byte[] b, int f) {
        String text = new String(b, fieldStart[f], fieldEnd[f] - fieldStart[f], layout.encoding());
        return fieldEscaped[f] ? text.replace("\"\"", "\"") : text;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CellParser.isBlank(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Bytes ≥ 0x80 must decode in the encoding, as the character path would check. */
    private void validate(byte[] b, int from, int to) {
        try {
            layout.encoding().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from));
        } catch (CharacterCodingException e) {
            throw NotByteParsable.INSTANCE;
        }
    }
}
