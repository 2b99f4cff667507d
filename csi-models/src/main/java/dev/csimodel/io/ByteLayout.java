package dev.csimodel.io;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the byte tokenizer needs to know about a file, found from its first bytes: the
 * encoding (a UTF-8 byte-order mark chooses UTF-8), where the data starts and on which line, and
 * the header, parsed by {@link CsvScan} itself from the decoded header text so that header
 * messages, delimiter sniffing and column choice are those of the character path.
 *
 * @param source        names the file in messages
 * @param encoding      an ASCII-compatible encoding
 * @param classes       {@link CsvDialect#byteClasses()} of the delimiter
 * @param width         the number of header columns
 * @param positions     the header position of each requested column
 * @param groupPosition the header position of the grouping column, or −1
 * @param groupColumn   the grouping column, or null
 * @param columns       the requested columns, repeats dropped
 * @param cells         the cell parser of the options
 * @param dataStart     the byte offset of the first data line
 * @param firstDataLine the 1-based line number at {@code dataStart}
 */
record ByteLayout(String source, Charset encoding, byte[] classes, int width, int[] positions, int groupPosition,
                  String groupColumn, List<String> columns, CellParser cells, long dataStart, long firstDataLine) {

    /** The header must end within this many bytes for the byte path. */
    static final int HEAD_BYTES = 1 << 20;
    /** The character path looks this far for NUL bytes (its first read). */
    private static final int NUL_WINDOW = 1 << 16;

    /**
     * @param head the first bytes of the file (up to {@link #HEAD_BYTES})
     * @param size the size of the file
     * @return the layout, or empty if the file needs the character path (non-ASCII-compatible
     *         encoding, UTF-16 mark, NUL bytes, quotes or blank lines around the header, an
     *         overlong header); header errors throw as on the character path
     */
    static Optional<ByteLayout> of(byte[] head, long size, String source, CsvOptions options,
                                   Function<List<String>, List<String>> columns, String groupColumn) {
        int n = head.length;
        if (n == 0 || hasMark(head, 0xFF, 0xFE) || hasMark(head, 0xFE, 0xFF)) {
            return Optional.empty();
        }
        boolean utf8Mark = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset encoding = utf8Mark ? StandardCharsets.UTF_8 : options.encoding();
        if (!asciiCompatible(encoding) || hasNul(head)) {
            return Optional.empty();
        }
        int start = utf8Mark ? 3 : 0;
        int headerStart = start;
        if (options.detectDelimiter() && isSepLine(head, start, lineEnd(head, start))) {
            headerStart = lineEnd(head, start) + 1;
        }
        int headerEnd = headerStart < n ? lineEnd(head, headerStart) : n;
        if (headerStart >= n || headerEnd == n && n < size || blankOrQuoted(head, headerStart, headerEnd)) {
            return Optional.empty();
        }
        long dataStart = Math.min(size, headerEnd + 1L);
        Optional<String> text = decode(head, start, (int) Math.min(n, dataStart), encoding);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        CsvScan scan = new CsvScan(new StringReader(text.get()), source, options);
        scan.start(columns, groupColumn);
        CsvDialect dialect = new CsvDialect(scan.delimiter());
        if (!dialect.byteDelimiter()) {
            return Optional.empty();
        }
        long firstDataLine = lineFeeds(head, 0, (int) Math.min(n, dataStart)) + 1;
        return Optional.of(new ByteLayout(source, encoding, dialect.byteClasses(), scan.headerWidth(), scan.positions(),
                scan.groupPosition(), scan.groupColumn(), scan.columns(), scan.cells(), dataStart, firstDataLine));
    }

    /** @return true for UTF-8 and for one-byte encodings that write ASCII as ASCII (ISO-8859-x, windows-125x) */
    static boolean asciiCompatible(Charset c) {
        if (c.equals(StandardCharsets.UTF_8)) {
            return true;
        }
        if (!c.canEncode() || c.newEncoder().maxBytesPerChar() != 1.0f) {
            return false;
        }
        byte[] ascii = new byte[0x80];
        for (int i = 0; i < ascii.length; i++) {
            ascii[i] = (byte) i;
        }
        return new String(ascii, StandardCharsets.US_ASCII).equals(new String(ascii, c));
    }

    private static boolean hasMark(byte[] b, int b0, int b1) {
        return b.length >= 2 && (b[0] & 0xFF) == b0 && (b[1] & 0xFF) == b1;
    }

    private static boolean hasNul(byte[] head) {
        for (int i = 0; i < Math.min(head.length, NUL_WINDOW); i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** @return the index of the LF ending the line at {@code from}, or the length of {@code b} */
    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return b.length;
    }

    /** An Excel {@code sep=X} line, as {@link DelimiterSniffer} recognises it. */
    private static boolean isSepLine(byte[] b, int from, int to) {
        String line = new String(b, from, to - from, StandardCharsets.ISO_8859_1).strip();
        return line.length() == 5 && line.regionMatches(true, 0, "sep=", 0, 4);
    }

    /** A blank header line (blank lines before the header) or quotes spanning lines: the character path. */
    private static boolean blankOrQuoted(byte[] b, int from, int to) {
        boolean blank = true;
        int quotes = 0;
        for (int i = from; i < to; i++) {
            blank &= CellParser.isBlank(b[i]);
            quotes += b[i] == CsvDialect.QUOTE ? 1 : 0;
        }
        return blank || quotes % 2 != 0;
    }

    private static long lineFeeds(byte[] b, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n += b[i] == '\n' ? 1 : 0;
        }
        return n;
    }

    private static Optional<String> decode(byte[] b, int from, int to, Charset c) {
        try {
            return Optional.of(c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
