package dev.csimodel.io.spss;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Record type 1, the 176-byte file header: magic {@code $FL2}, product, layout code (2 or 3,
 * which also reveals the byte order), nominal case size, compression, weight index, case count
 * and compression bias (IBM SPSS Statistics "System file format", record type 1).
 */
record SavHeader(int compression, int nominalCaseSize, int caseCount, double bias) {

    /** Plain 8-byte slots. */
    static final int UNCOMPRESSED = 0;
    /** Bytecode compression of each slot. */
    static final int BYTECODE = 1;
    /** ZLIB-compressed bytecode (.zsav). */
    static final int ZLIB = 2;

    static SavHeader read(SavCursor in) {
        byte[] magic = in.bytes(4, "magic number");
        String text = new String(magic, StandardCharsets.US_ASCII);
        if (text.equals("$FL3")) {
            throw in.error(0, "ZLIB-compressed system file ($FL3, .zsav) is not supported; save it uncompressed or bytecode-compressed");
        }
        if (!text.equals("$FL2")) {
            throw in.error(0, "not an SPSS system file (magic '" + printable(text) + "', expected '$FL2')");
        }
        in.skip(60, "product name");
        int layoutAt = in.offset();
        int layout = in.int32("layout code");
        if (layout != 2 && layout != 3) {
            in.order(ByteOrder.BIG_ENDIAN);
            in.seek(layoutAt);
            layout = in.int32("layout code");
            if (layout != 2 && layout != 3) {
                throw in.error(layoutAt, "unknown layout code (neither 2 nor 3 in either byte order)");
            }
        }
        int caseSize = in.int32("nominal case size");
        int compression = in.int32("compression");
        if (compression == ZLIB) {
            throw in.error(in.offset() - 4, "ZLIB compression (.zsav) is not supported; save it uncompressed or bytecode-compressed");
        }
        if (compression != UNCOMPRESSED && compression != BYTECODE) {
            throw in.error(in.offset() - 4, "unknown compression code " + compression);
        }
        in.int32("weight index");
        int cases = in.int32("case count");
        double bias = in.float64("compression bias");
        in.skip(9 + 8 + 64 + 3, "creation date, time and file label");
        return new SavHeader(compression, caseSize, cases, bias);
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
