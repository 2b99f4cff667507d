package dev.csimodel.io.spss;

import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Record type 7 (extension records: subtype, element size, element count, data). Read here:
 * 3 integer info (byte order check and character code), 4 float info (system-missing,
 * highest, lowest), 13 long variable names, 14 very long string widths, 20 character encoding;
 * all others (11 display parameters included) are skipped by their declared size.
 */
final class ExtensionReader {

    private static final int INTEGER_INFO = 3;
    private static final int FLOAT_INFO = 4;
    private static final int LONG_NAMES = 13;
    private static final int VERY_LONG_STRINGS = 14;
    private static final int ENCODING = 20;
    /** SPSS's default system-missing value, -DBL_MAX, used when record 7.4 is absent. */
    private static final double DEFAULT_SYSMIS = -Double.MAX_VALUE;

    private final SavCursor in;
    private double sysmis = DEFAULT_SYSMIS;
    private double highest = Double.MAX_VALUE;
    private double lowest = -Double.MAX_VALUE;
    private int characterCode;
    private byte[] encoding;
    private byte[] longNames;
    private byte[] veryLongStrings;

    ExtensionReader(SavCursor in) {
        this.in = in;
    }

    void read() {
        int at = in.offset() - 4;
        int subtype = in.int32("extension subtype");
        int size = in.int32("extension element size");
        int count = in.int32("extension element count");
        long length = (long) size * count;
        if (size < 0 || count < 0) {
            throw in.error(at, "extension record " + subtype + " with negative size " + size + " x " + count);
        }
        int start = in.offset();
        in.skip(length, "extension record " + subtype);
        int end = in.offset();
        in.seek(start);
        switch (subtype) {
            case INTEGER_INFO -> readIntegerInfo(at, size, count);
            case FLOAT_INFO -> readFloatInfo(at, size, count);
            case LONG_NAMES -> longNames = in.bytes(length, "long variable names");
            case VERY_LONG_STRINGS -> veryLongStrings = in.bytes(length, "very long string widths");
            case ENCODING -> encoding = in.bytes(length, "character encoding");
            default -> { }
        }
        in.seek(end);
    }

    private void readIntegerInfo(int at, int size, int count) {
        if (size != 4 || count < 8) {
            throw in.error(at, "integer info record (7.3) of " + count + " x " + size + " bytes, expected 8 x 4");
        }
        in.skip(6 * 4, "integer info");
        int endianness = in.int32("integer info endianness");
        characterCode = in.int32("integer info character code");
        ByteOrder declared = endianness == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        if ((endianness == 1 || endianness == 2) && declared != in.order()) {
            throw in.error(at, "integer info declares " + declared + " but the header is " + in.order());
        }
    }

    private void readFloatInfo(int at, int size, int count) {
        if (size != 8 || count != 3) {
            throw in.error(at, "float info record (7.4) of " + count + " x " + size + " bytes, expected 3 x 8");
        }
        sysmis = in.float64("system-missing value");
        highest = in.float64("highest value");
        lowest = in.float64("lowest value");
    }

    double sysmis() {
        return sysmis;
    }

    double highest() {
        return highest;
    }

    double lowest() {
        return lowest;
    }

    /** @return the encoding of record 7.20, else the one of the 7.3 character code, else windows-1252 */
    Charset charset() {
        String name = encoding != null ? new String(encoding, StandardCharsets.US_ASCII).trim()
                : switch (characterCode) {
                    case 65001 -> "UTF-8";
                    case 28591 -> "ISO-8859-1";
                    case 20127 -> "US-ASCII";
                    default -> "windows-1252";
                };
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw in.error("unsupported character encoding '" + name + "'");
        }
    }

    /** @return the short-name to long-name pairs of record 7.13 ("SHORT=Long" separated by tabs) */
    Map<String, String> longNames(Charset charset) {
        return pairs(longNames, charset, '\t');
    }

    /** @return the short-name to width pairs of record 7.14 ("SHORT=00300\0" separated by tabs) */
    Map<String, String> veryLongStrings(Charset charset) {
        return pairs(veryLongStrings, charset, '\t');
    }

    private static Map<String, String> pairs(byte[] bytes, Charset charset, char separator) {
        Map<String, String> out = new LinkedHashMap<>();
        if (bytes == null) {
            return out;
        }
        for (String entry : new String(bytes, charset).split(String.valueOf(separator))) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                out.put(entry.substring(0, eq).trim().toUpperCase(java.util.Locale.ROOT),
                        entry.substring(eq + 1).replace("\0", "").trim());
            }
        }
        return out;
    }
}
