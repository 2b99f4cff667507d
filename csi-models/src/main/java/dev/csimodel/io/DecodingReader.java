package dev.csimodel.io;

import dev.csimodel.CsiDataException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a CSV source, counting lines and columns as it goes, so that a byte that
 * is not valid in the encoding is reported at its true line (the CSV parser reads ahead and
 * would name an earlier one) with a hint at the encoding. A byte-order mark of UTF-8, UTF-16LE
 * or UTF-16BE chooses the encoding and is dropped; NUL bytes in a file read with a one-byte or
 * UTF-8 encoding mean UTF-16 without a mark and are refused as such. A line longer than
 * {@link #MAX_LINE} characters is refused, so a broken file cannot fill the memory.
 */
final class DecodingReader extends Reader {

    /** The longest line accepted (in characters): far beyond any survey's header. */
    static final int MAX_LINE = 1 << 24;

    private final InputStream in;
    private final String source;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private CharsetDecoder decoder;
    private boolean eof;
    private boolean started;
    private long line = 1;
    private long column;

    DecodingReader(InputStream in, String source, Charset encoding) {
        this.in = in;
        this.source = source;
        this.decoder = decoderOf(encoding);
        chars.flip();
    }

    private static CharsetDecoder decoderOf(Charset c) {
        return c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (eof && bytes.position() == 0) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void decodeMore() throws IOException {
        if (!eof) {
            int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (r < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + r);
            }
        }
        bytes.flip();
        if (!started) {
            start();
            if (!started) {
                bytes.compact();
                return;
            }
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (eof && !result.isError() && !bytes.hasRemaining()) {
            result = decoder.flush(chars);
        }
        bytes.compact();
        chars.flip();
        count();
        if (result.isError()) {
            throw malformed(result);
        }
        if (eof && !chars.hasRemaining() && bytes.position() > 0) {
            throw malformed(CoderResult.malformedForLength(bytes.position()));
        }
    }

    /** Reads the byte-order mark (once enough bytes are there) and checks for NUL bytes. */
    private void start() {
        if (bytes.remaining() < 3 && !eof) {
            return;
        }
        started = true;
        int b0 = at(0);
        int b1 = at(1);
        if (b0 == 0xEF && b1 == 0xBB && at(2) == 0xBF) {
            use(StandardCharsets.UTF_8, 3);
        } else if (b0 == 0xFF && b1 == 0xFE) {
            use(StandardCharsets.UTF_16LE, 2);
        } else if (b0 == 0xFE && b1 == 0xFF) {
            use(StandardCharsets.UTF_16BE, 2);
        } else if (!decoder.charset().name().startsWith("UTF-16") && !decoder.charset().name().startsWith("UTF-32")
                && hasNul()) {
            throw new CsiDataException(source + ": NUL bytes at the start of the file: it looks like UTF-16 without a "
                    + "byte-order mark, not " + decoder.charset().name() + "; try --encoding UTF-16LE (or UTF-16BE)");
        }
    }

    private int at(int i) {
        return bytes.remaining() > i ? bytes.get(bytes.position() + i) & 0xFF : -1;
    }

    private void use(Charset c, int markLength) {
        decoder = decoderOf(c);
        bytes.position(bytes.position() + markLength);
    }

    private boolean hasNul() {
        for (int i = bytes.position(); i < bytes.limit(); i++) {
            if (bytes.get(i) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Advances line and column over the characters just decoded. */
    private void count() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                line++;
                column = 0;
            } else if (++column > MAX_LINE) {
                throw new CsiDataException(source + ", line " + line + ": the line is longer than " + MAX_LINE
                        + " characters; is this a CSV file (and the right delimiter and encoding)?");
            }
        }
    }

    private CsiDataException malformed(CoderResult result) {
        String name = decoder.charset().name();
        String hint = name.equals("UTF-8") ? "; try --encoding windows-1252 (or ISO-8859-1)" : "; try another --encoding";
        return new CsiDataException(source + ", line " + line + ", column " + (column + 1) + ": "
                + (result.isUnmappable() ? "a character not mappable to " : "byte(s) not valid ") + name + hint);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
