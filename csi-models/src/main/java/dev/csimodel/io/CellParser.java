package dev.csimodel.io;

import dev.csimodel.CsiDataException;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns cell text into numbers and group labels. Only plain decimal notation is accepted:
 * {@link Double#parseDouble} alone would also take {@code "NaN"}, {@code "Infinity"}, hex floats
 * and a trailing {@code d} or {@code f}, which in survey data are typos, not numbers. Missing-value
 * codes that are numbers are compared as numbers, after parsing ({@code -99} matches
 * {@code -99.0}); the others as trimmed text.
 */
final class CellParser {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int SHOWN_CHARACTERS = 40;

    private final Set<String> textCodes = new HashSet<>();
    private final Set<String> allCodes;
    private final double[] numericCodes;
    private final boolean anyCode;
    private final boolean decimalComma;

    CellParser(List<String> missingCodes, boolean decimalComma) {
        this.decimalComma = decimalComma;
        this.anyCode = !missingCodes.isEmpty();
        this.allCodes = Set.copyOf(missingCodes);
        List<Double> numbers = new ArrayList<>();
        for (String code : missingCodes) {
            String c = decimalComma ? code.replace(',', '.') : code;
            if (DECIMAL.matcher(c).matches() && Double.isFinite(Double.parseDouble(c))) {
                numbers.add(Double.parseDouble(c));
            } else {
                textCodes.add(code);
            }
        }
        this.numericCodes = numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @param place names file, line, row and column for the message */
    double number(String cell, Supplier<String> place) {
        double digits = plainDigits(cell);
        if (digits >= 0) {
            return isNumericCode(digits) ? Double.NaN : digits;
        }
        String text = cell.strip();
        if (text.isEmpty()) {
            if (anyCode) {
                return Double.NaN;
            }
            throw new CsiDataException(place.get() + ": empty cell, and no missing-value code is set");
        }
        if (textCodes.contains(text)) {
            return Double.NaN;
        }
        String number = decimalComma ? text.replace(',', '.') : text;
        if (!DECIMAL.matcher(number).matches()) {
            throw new CsiDataException(place.get() + ": '" + shown(text) + "' is not a number"
                    + (!decimalComma && text.indexOf(',') >= 0 && DECIMAL.matcher(text.replace(',', '.')).matches()
                    ? " (for decimal commas set the decimal-comma option, --decimal-comma)" : ""));
        }
        double v = Double.parseDouble(number);
        if (!Double.isFinite(v)) {
            throw new CsiDataException(place.get() + ": '" + shown(text) + "' is too large for a double");
        }
        return isNumericCode(v) ? Double.NaN : v;
    }

    /**
     * The byte-level twin of {@link #number(String, Supplier)} for ASCII-compatible encodings:
     * blanks trimmed as {@link String#strip} does for ASCII, a plain decimal parsed exactly from
     * the bytes ({@link DecimalBytes}); anything else (empty cells, text codes, errors, numbers
     * too large) is decoded with {@code encoding} and decided by the text path, so both paths
     * give the same values and messages.
     */
    double number(byte[] b, int from, int to, Charset encoding, Supplier<String> place) {
        int d0 = to - from == 1 || to - from == 2 ? b[from] - '0' : -1;
        if (d0 >= 0 && d0 <= 9) {
            // one or two digits, the usual survey answer: exact without the general parser
            int d1 = to - from == 2 ? b[from + 1] - '0' : 0;
            if (d1 >= 0 && d1 <= 9) {
                double v = to - from == 2 ? d0 * 10 + d1 : d0;
                return anyCode && isNumericCode(v) ? Double.NaN : v;
            }
        }
        int start = from;
        int end = to;
        while (start < end && isBlank(b[start])) {
            start++;
        }
        while (end > start && isBlank(b[end - 1])) {
            end--;
        }
        double v = DecimalBytes.parse(b, start, end, decimalComma);
        if (!Double.isNaN(v)) {
            return isNumericCode(v) ? Double.NaN : v;
        }
        return number(new String(b, from, to - from, encoding), place);
    }

    /** @return true for the ASCII characters that {@link Character#isWhitespace} accepts */
    static boolean isBlank(byte c) {
        return c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31;
    }

    private boolean isNumericCode(double v) {
        for (double code : numericCodes) {
            if (v == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fast path for the usual survey cell, a short unsigned integer without blanks: its value,
     * exact (below 10^9), without the pattern match and {@link Double#parseDouble}; else −1 so
     * that the general path decides.
     */
    private static double plainDigits(String cell) {
        int n = cell.length();
        if (n == 0 || n > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = cell.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    String label(String cell, Supplier<String> place) {
        String text = cell.strip();
        if (text.isEmpty() || allCodes.contains(text)) {
            throw new CsiDataException(place.get() + ": missing group label");
        }
        return text;
    }

    /** @return {@code text} cut to a length fit for a message */
    static String shown(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "...";
    }
}
