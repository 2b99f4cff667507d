package dev.csimodel.analysis.study;

import dev.csimodel.Arguments;
import dev.csimodel.bootstrap.BootstrapResult;

import java.util.List;

/**
 * A warning of a study run, for the reader of its report.
 *
 * @param kind       what happened
 * @param constructs the constructs concerned (may be empty)
 * @param indicators the indicators or columns concerned (may be empty)
 * @param message    the explanation, naming the culprit
 */
public record StudyWarning(StudyWarningKind kind, List<String> constructs, List<String> indicators, String message) {

    /**
     * Copies the lists; kind and message are required.
     *
     * @param kind       what happened
     * @param constructs the constructs concerned (may be empty)
     * @param indicators the indicators or columns concerned (may be empty)
     * @param message    the explanation, naming the culprit
     */
    public StudyWarning {
        Arguments.requireNonNull(kind, "kind");
        Arguments.requireNonNull(message, "message");
        constructs = List.copyOf(constructs);
        indicators = List.copyOf(indicators);
    }

    /**
     * @param boot a bootstrap
     * @return the BOOTSTRAP_FAILURES warning of {@code boot} when more than 5% of its attempts
     *         could not be used (with the counts, and whether intervals were withheld), else none
     */
    public static List<StudyWarning> bootstrapFailures(BootstrapResult boot) {
        return StudyWarnings.bootstrapFailures(boot);
    }
}
