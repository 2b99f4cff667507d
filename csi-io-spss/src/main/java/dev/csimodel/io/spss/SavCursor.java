package dev.csimodel.io.spss;

import dev.csimodel.CsiDataException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A bounds-checked reader over the bytes of one system file. Every read first checks that the
 * bytes exist, so a truncated or corrupt file ends in a {@link CsiDataException} naming the file
 * and the byte offset, never in an index or buffer exception.
 */
final class SavCursor {

    private final String file;
    private final ByteBuffer buffer;

    SavCursor(String file, byte[] bytes) {
        this.file = file;
        this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    void order(ByteOrder order) {
        buffer.order(order);
    }

    ByteOrder order() {
        return buffer.order();
    }

    int offset() {
        return buffer.position();
    }

    int remaining() {
        return buffer.remaining();
    }

    void seek(int offset) {
        buffer.position(offset);
    }

    int int32(String what) {
        require(4, what);
        return buffer.getInt();
    }

    double float64(String what) {
        require(8, what);
        return buffer.getDouble();
    }

    int unsignedByte(String what) {
        require(1, what);
        return buffer.get() & 0xff;
    }

    byte[] bytes(long count, String what) {
        require(count, what);
        byte[] out = new byte[(int) count];
        buffer.get(out);
        return out;
    }

    void skip(long count, String what) {
        require(count, what);
        buffer.position(buffer.position() + (int) count);
    }

    /** @return a data error naming the file and the current offset */
    CsiDataException error(String message) {
        return error(buffer.position(), message);
    }

    CsiDataException error(int offset, String message) {
        return new CsiDataException(file + ": " + message + " at byte offset " + offset);
    }

    String file() {
        return file;
    }

    private void require(long count, String what) {
        if (count < 0) {
            throw error("negative length " + count + " for " + what);
        }
        if (count > buffer.remaining()) {
            throw error("file truncated: " + what + " needs " + count + " bytes, "
                    + buffer.remaining() + " left");
        }
    }
}
