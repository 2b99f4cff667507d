package dev.csimodel.report;

import java.util.List;

/**
 * A finding about the estimate the reader should see (e.g. an inadmissible consistent-PLS value).
 *
 * @param kind         what was found, e.g. {@code RHO_A_OUT_OF_RANGE}
 * @param inadmissible true if no population model has such a value; false for a warning
 * @param constructs   the constructs concerned
 * @param indicators   the indicators concerned
 * @param value        the offending value; null if not finite
 * @param message      a readable description naming the culprit
 */
public record DiagnosticEntry(String kind, boolean inadmissible, List<String> constructs, List<String> indicators,
                              Double value, String message) {

    /**
     * Validates the components.
     *
     * @param kind what was found, e.g. {@code RHO_A_OUT_OF_RANGE}
     * @param inadmissible true if no population model has such a value; false for a warning
     * @param constructs the constructs concerned
     * @param indicators the indicators concerned
     * @param value the offending value; null if not finite
     * @param message a readable description naming the culprit
     */
    public DiagnosticEntry {
        constructs = List.copyOf(constructs);
        indicators = List.copyOf(indicators);
    }

    /**
     * @param constructs the constructs concerned, possibly none
     * @param indicators the indicators concerned, possibly none
     * @param kind the diagnostic's kind (e.g. SUSPECT_MISSING_CODE)
     * @param message the finding, naming its culprit
     * @return a warning (not an inadmissibility) of {@code kind} with no offending value
     */
    public static DiagnosticEntry warning(String kind, List<String> constructs, List<String> indicators,
                                          String message) {
        return new DiagnosticEntry(kind, false, constructs, indicators, null, message);
    }
}
