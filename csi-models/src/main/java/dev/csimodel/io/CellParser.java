package dev.csimodel.io;

import dev.csimodel.CsiDataException;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns cell text into numbers and group labels. Only plain decimal notation is accepted:
 * {@link Double#parseDouble} alone would also take {@code "NaN"}, {@code "Infinity"}, hex floats
 * and a trailing {@code d} or {@code f}, which in survey data are typos, not numbers.
 */
final class CellParser {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int SHOWN_CHARACTERS = 40;

    private final Optional<String> missingToken;

    CellParser(Optional<String> missingToken) {
        this.missingToken = missingToken;
    }

    /** @param place names file, line, row and column for the message */
    double number(String cell, Supplier<String> place) {
        double digits = plainDigits(cell);
        if (digits >= 0) {
            return digits;
        }
        String text = cell.strip();
        if (isMissing(text)) {
            return Double.NaN;
        }
        if (text.isEmpty()) {
            throw new CsiDataException(place.get() + ": empty cell, and no missing-value token is set");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new CsiDataException(place.get() + ": '" + shown(text) + "' is not a number");
        }
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            throw new CsiDataException(place.get() + ": '" + shown(text) + "' is too large for a double");
        }
        return v;
    }

    /**
     * Fast path for the usual survey cell, a short unsigned integer without blanks: its value,
     * exact (below 10^9), without the pattern match and {@link Double#parseDouble}; else −1 so
     * that the general path decides (also for a cell equal to the missing-value token).
     */
    private double plainDigits(String cell) {
        int n = cell.length();
        if (n == 0 || n > 9 || missingToken.isPresent() && missingToken.get().equals(cell)) {
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
        if (text.isEmpty() || missingToken.filter(text::equals).isPresent()) {
            throw new CsiDataException(place.get() + ": missing group label");
        }
        return text;
    }

    private boolean isMissing(String text) {
        return missingToken.isPresent() && (text.isEmpty() || text.equals(missingToken.get()));
    }

    private static String shown(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "...";
    }
}
