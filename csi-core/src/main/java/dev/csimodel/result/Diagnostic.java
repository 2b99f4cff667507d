package dev.csimodel.result;

import java.util.List;

/**
 * One finding about an estimate that the user should see, e.g. an inadmissible consistent-PLS
 * value ({@link PlsResult#consistencyDiagnostics()}) or a failed admissibility check of any
 * estimate ({@link PlsResult#diagnostics()}).
 *
 * @param kind       what was found
 * @param constructs the constructs concerned (one, two for a correlation or path, none for a
 *                   property of the whole construct correlation matrix)
 * @param indicators the indicators concerned (one for a loading, otherwise none)
 * @param value      the offending value (e.g. the correlation, ρA, R², smallest eigenvalue,
 *                   weight, last change of a non-converged iteration, number of observations)
 * @param message    a readable description naming the culprit
 */
public record Diagnostic(DiagnosticKind kind, List<String> constructs, List<String> indicators,
                         double value, String message) {

    /**
     * Requires a kind and a message and copies the lists of involved constructs and indicators.
     * @param kind what was found
     * @param constructs the constructs concerned (one, two for a correlation or path, none for a
     * property of the whole construct correlation matrix)
     * @param indicators the indicators concerned (one for a loading, otherwise none)
     * @param value the offending value (e.g. the correlation, ρA, R², smallest eigenvalue,
     * weight, last change of a non-converged iteration, number of observations)
     * @param message a readable description naming the culprit
     */
    public Diagnostic {
        if (kind == null || message == null) {
            throw new dev.csimodel.CsiSpecificationException("a diagnostic needs a kind and a message");
        }
        constructs = List.copyOf(constructs);
        indicators = List.copyOf(indicators);
    }
}
