package dev.csimodel.result;

import dev.csimodel.CsiEstimationException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Strict mode for admissibility: {@code Diagnostics.requireAdmissible(estimator.estimate(...))}
 * turns the inadmissible diagnostics of {@link PlsResult#diagnostics()} into an exception,
 * {@link #requireNoDiagnostics} every diagnostic, warnings included.
 */
public final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * @return {@code result} if it has no diagnostic of an {@link DiagnosticKind#inadmissible()} kind
     * @throws CsiEstimationException listing the inadmissible diagnostics otherwise
     * @param result an estimate
     */
    public static PlsResult requireAdmissible(PlsResult result) {
        return require(result, result.diagnostics().stream().filter(d -> d.kind().inadmissible()).toList());
    }

    /**
     * @return {@code result} if it has no diagnostic at all, warnings (negative weights, small
     *         samples, paths beyond ±1) included
     * @throws CsiEstimationException listing every diagnostic otherwise
     * @param result an estimate
     */
    public static PlsResult requireNoDiagnostics(PlsResult result) {
        return require(result, result.diagnostics());
    }

    private static PlsResult require(PlsResult result, List<Diagnostic> d) {
        if (!d.isEmpty()) {
            throw new CsiEstimationException("the estimate is not admissible (" + d.size() + " problem"
                    + (d.size() == 1 ? "" : "s") + "): "
                    + d.stream().map(x -> x.kind() + ": " + x.message()).collect(Collectors.joining("; ")));
        }
        return result;
    }

    /**
     * @return the diagnostics of {@code result} of the given kind
     * @param result an estimate
     * @param kind the kind of diagnostic to select
     */
    public static List<Diagnostic> ofKind(PlsResult result, DiagnosticKind kind) {
        return result.diagnostics().stream().filter(d -> d.kind() == kind).toList();
    }
}
