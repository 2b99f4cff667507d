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
