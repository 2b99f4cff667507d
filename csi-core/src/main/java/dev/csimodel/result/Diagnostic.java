package dev.csimodel.result;

import java.util.List;

/**
 * One admissibility problem of an estimate.
 *
 * @param kind    what is wrong
 * @param subject the constructs and/or indicators concerned, most specific last (e.g.
 *                {@code [QUAL, qual_3]}); empty when the whole estimate is concerned
 * @param message a sentence naming the problem, its culprit and the offending value
 */
public record Diagnostic(DiagnosticKind kind, List<String> subject, String message) {

    public Diagnostic {
        subject = List.copyOf(subject);
    }
}
