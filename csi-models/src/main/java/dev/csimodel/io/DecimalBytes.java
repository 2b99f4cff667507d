package dev.csimodel.io;

/**
 * Decimal numbers parsed straight from the bytes of an ASCII-compatible file, with the result
 * bit-identical to {@link Double#parseDouble}. The grammar is that of {@link CellParser}:
 * {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}, the decimal separator being {@code ','} as
 * well as {@code '.'} under decimal commas (as CellParser maps one onto the other).
 *
 * <p>Exactness: when the significant digits form an integer m ≤ 2^53 and the decimal exponent
 * e satisfies |e| ≤ 22, both m and 10^|e| are exact doubles, so the single IEEE multiplication
 * or division m·10^e (m/10^−e) is the correctly rounded value of the decimal, which is what
 * {@code parseDouble} returns (Clinger 1990, "How to read floating point numbers accurately",
 * the fast path). Every other number in the grammar (more than 18 significant digits, large
 * exponents, m > 2^53) goes to {@code Double.parseDouble} on its text: survey answers written
 * with a few decimals never do.
 */
final class DecimalBytes {

    /** Returned for bytes outside the grammar and for values that do not fit a finite double. */
    static final double NOT_HANDLED = Double.NaN;

    private static final long EXACT_MANTISSA = 1L << 53;
    private static final int MAX_FAST_EXPONENT = 22;
    private static final int MAX_MANTISSA_DIGITS = 18;
    /** Exponent digits beyond this are only accumulated as "huge": parseDouble decides. */
    private static final int EXPONENT_CAP = 100_000;
    private static final double[] POWERS = new double[MAX_FAST_EXPONENT + 1];

    static {
        double p = 1;
        for (int i = 0; i <= MAX_FAST_EXPONENT; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private DecimalBytes() {
    }

    /**
     * @param b            the bytes
     * @param from         first byte of the number (no surrounding blanks)
     * @param to           one past its last byte
     * @param decimalComma true if ',' is a decimal separator too
     * @return the value, or {@link #NOT_HANDLED} (NaN) if the bytes are not a finite decimal
     */
    static double parse(byte[] b, int from, int to, boolean decimalComma) {
        int i = from;
        if (i >= to) {
            return NOT_HANDLED;
        }
        boolean negative = b[i] == '-';
        if (b[i] == '-' || b[i] == '+') {
            i++;
        }
        long m = 0;
        int digits = 0;
        int significant = 0;
        int scale = 0;
        int dropped = 0;
        for (; i < to && isDigit(b[i]); i++, digits++) {
            int d = b[i] - '0';
            if (significant < MAX_MANTISSA_DIGITS) {
                if (significant > 0 || d != 0) {
                    m = m * 10 + d;
                    significant++;
                }
            } else {
                dropped++;
            }
        }
        int fraction = 0;
        if (i < to && (b[i] == '.' || decimalComma && b[i] == ',')) {
            for (i++; i < to && isDigit(b[i]); i++, fraction++) {
                int d = b[i] - '0';
                if (significant < MAX_MANTISSA_DIGITS) {
                    if (significant > 0 || d != 0) {
                        m = m * 10 + d;
                        significant++;
                    }
                    scale++;
                } else {
                    dropped++;
                }
            }
        }
        if (digits + fraction == 0) {
            return NOT_HANDLED;
        }
        int exponent = 0;
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = i < to && b[i] == '-';
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                i++;
            }
            int start = i;
            for (; i < to && isDigit(b[i]); i++) {
                exponent = Math.min(EXPONENT_CAP, exponent * 10 + (b[i] - '0'));
            }
            if (i == start) {
                return NOT_HANDLED;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return NOT_HANDLED;
        }
        if (dropped == 0 && m <= EXACT_MANTISSA) {
            double v = fast(m, exponent - scale);
            if (!Double.isNaN(v)) {
                return negative ? -v : v;
            }
        }
        return slow(b, from, to);
    }

    /** @return m·10^e when that is one exact-operand IEEE operation, else NaN */
    private static double fast(long m, int e) {
        if (m == 0) {
            return 0.0;
        }
        if (e >= 0 && e <= MAX_FAST_EXPONENT) {
            return m * POWERS[e];
        }
        if (e < 0 && e >= -MAX_FAST_EXPONENT) {
            return m / POWERS[-e];
        }
        return Double.NaN;
    }

    private static double slow(byte[] b, int from, int to) {
        char[] text = new char[to - from];
        for (int k = from; k < to; k++) {
            text[k - from] = b[k] == ',' ? '.' : (char) b[k];
        }
        double v = Double.parseDouble(new String(text));
        return Double.isFinite(v) ? v : NOT_HANDLED;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
