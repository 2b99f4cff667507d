package dev.csimodel.io;

import org.apache.commons.csv.CSVFormat;

/**
 * The one CSV dialect of every reader here: RFC 4180 with a chosen delimiter, {@code "} quoting
 * with doubled quotes inside, records ended by LF, CRLF or CR, blank lines handed through (the
 * scanners skip them but count their lines), no trimming of fields (the cell parser trims), no
 * comment lines. {@link #commonsFormat()} configures Apache Commons CSV for the character path;
 * {@link #byteClasses()} tells the byte tokenizer ({@link RangeParser}) which bytes end or
 * complicate a field.
 *
 * @param delimiter the field separator
 */
record CsvDialect(char delimiter) {

    /** The quote character. */
    static final char QUOTE = '"';

    /** Byte class of an ordinary byte: part of the field. */
    static final byte ORDINARY = 0;
    /** Byte class of the delimiter. */
    static final byte DELIMITER = 1;
    /** Byte class of LF, the end of a record. */
    static final byte LINE_FEED = 2;
    /** Byte class of CR: part of a CRLF record end, or a lone CR (a record end too). */
    static final byte CARRIAGE_RETURN = 3;
    /** Byte class of the quote: the byte tokenizer leaves quoted files to the character path. */
    static final byte QUOTE_BYTE = 4;
    /** Byte class of a byte ≥ 0x80: part of a multi-byte or 8-bit character, to be validated. */
    static final byte HIGH = 5;

    /** @return the Commons CSV format of this dialect */
    CSVFormat commonsFormat() {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote(QUOTE)
                .setIgnoreEmptyLines(false)
                .build();
    }

    /** @return true if the delimiter is one byte in every ASCII-compatible encoding */
    boolean byteDelimiter() {
        return delimiter < 0x80;
    }

    /** @return the class of each byte value (index {@code b & 0xFF}) for the byte tokenizer */
    byte[] byteClasses() {
        byte[] classes = new byte[256];
        for (int b = 0x80; b < 256; b++) {
            classes[b] = HIGH;
        }
        classes['\n'] = LINE_FEED;
        classes['\r'] = CARRIAGE_RETURN;
        classes[QUOTE] = QUOTE_BYTE;
        classes[delimiter] = DELIMITER;
        return classes;
    }
}
