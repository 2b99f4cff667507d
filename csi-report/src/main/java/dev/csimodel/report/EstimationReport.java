package dev.csimodel.report;

import java.util.ArrayList;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Optional;

/**
 * Everything one estimation reports, as plain values: the single model from which the text, JSON
 * and HTML reports are written, so that they cannot disagree. The JSON layout is this record tree
 * (documented in {@code docs/json-report.md}); a {@code null} number means "undefined here".
 *
 * @param settings     how the estimate was made
 * @param observations the number of observations used
 * @param converged    whether the PLS iteration converged
 * @param iterations   the number of outer iterations
 * @param constructs   one entry per construct, model order
 * @param indicators   one entry per indicator, block order
 * @param paths        one entry per structural path, model order
 * @param effects      direct, indirect and total effect of every linked ordered pair
 * @param htmt         heterotrait-monotrait ratio of every pair of constructs
 * @param gof          Tenenhaus et al. (2004) goodness of fit; null without endogenous constructs
 * @param srmr         standardised root mean square residual of the saturated model (the value
 *                     usually compared with 0.08), when computed (else absent)
 * @param fit          SRMR, d_ULS and d_G of the saturated and the estimated model, when computed
 *                     (else absent)
 * @param diagnostics  findings about the estimate (e.g. inadmissible consistent-PLS values); empty if none
 * @param missingData  how missing values were handled, when a strategy allowed them (else absent)
 * @param bootstrap    how the bootstrap went, with {@code --bootstrap} (else absent)
 * @param ipma         importance-performance map of the target construct, when indices are
 *                     known (else absent)
 * @param segments     one report per group with {@code --group} (else absent)
 * @param higherOrder  the higher-order constructs on their dimensions and stage 1, when the model
 *                     has higher-order constructs (else absent); the rest of the report is then
 *                     the run that holds the structural model (stage 2 of a two-stage approach)
 * @param inference    specific indirect effects, HTMT inference, adjusted p-values and multi-group
 *                     tests, when any applies (else absent)
 * @param moderation   interaction effects and simple slopes of a model with interaction terms (else absent)
 * @param segmentComparison the segments side by side (indices, paths, R²) and, with
 *                     {@code --compare-groups}, their tests, with {@code --group} (else absent)
 */
@JsonPropertyOrder({"settings", "observations", "converged", "iterations", "constructs", "indicators",
        "paths", "effects", "htmt", "gof", "srmr", "fit", "diagnostics", "missingData", "bootstrap", "ipma", "segments",
        "higherOrder", "inference", "moderation", "segmentComparison"})
public record EstimationReport(ReportSettings settings, long observations, boolean converged, int iterations,
                               List<ConstructEntry> constructs, List<IndicatorEntry> indicators,
                               List<PathEntry> paths, List<EffectEntry> effects, List<HtmtEntry> htmt,
                               Double gof,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Double srmr,
                               @JsonInclude(JsonInclude.Include.NON_NULL) FitEntry fit,
                               List<DiagnosticEntry> diagnostics,
                               @JsonInclude(JsonInclude.Include.NON_NULL) MissingDataEntry missingData,
                               @JsonInclude(JsonInclude.Include.NON_NULL) BootstrapEntry bootstrap,
                               @JsonInclude(JsonInclude.Include.NON_NULL) IpmaEntry ipma,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<SegmentEntry> segments,
                               @JsonInclude(JsonInclude.Include.NON_NULL) HigherOrderEntry higherOrder,
                               @JsonInclude(JsonInclude.Include.NON_NULL) InferenceEntry inference,
                               @JsonInclude(JsonInclude.Include.NON_NULL) ModerationEntry moderation,
                               @JsonInclude(JsonInclude.Include.NON_NULL) SegmentComparisonEntry segmentComparison) {

    /**
     * Copies the lists.
     *
     * @param settings how the estimate was made
     * @param observations the number of observations used
     * @param converged whether the PLS iteration converged
     * @param iterations the number of outer iterations
     * @param constructs one entry per construct, model order
     * @param indicators one entry per indicator, block order
     * @param paths one entry per structural path, model order
     * @param effects direct, indirect and total effect of every linked ordered pair
     * @param htmt heterotrait-monotrait ratio of every pair of constructs
     * @param gof Tenenhaus et al. (2004) goodness of fit; null without endogenous constructs
     * @param srmr standardised root mean square residual of the saturated model (the value usually compared with 0.08), when computed (else absent)
     * @param fit SRMR, d_ULS and d_G of the saturated and the estimated model, when computed (else absent)
     * @param diagnostics findings about the estimate (e.g. inadmissible consistent-PLS values); empty if none
     * @param missingData how missing values were handled, when a strategy allowed them (else absent)
     * @param bootstrap how the bootstrap went, with {@code --bootstrap} (else absent)
     * @param ipma importance-performance map of the target construct, when indices are known (else absent)
     * @param segments one report per group with {@code --group} (else absent)
     * @param higherOrder the higher-order constructs on their dimensions and stage 1, when the model has higher-order constructs (else absent); the rest of the report is then the run that holds the structural model (stage 2 of a two-stage approach)
     * @param inference specific indirect effects, HTMT inference, adjusted p-values and multi-group tests, when any applies (else absent)
     * @param moderation interaction effects and simple slopes of a model with interaction terms (else absent)
     * @param segmentComparison the segments side by side (indices, paths, R²) and, with {@code --compare-groups}, their tests, with {@code --group} (else absent)
     */
    public EstimationReport {
        constructs = List.copyOf(constructs);
        indicators = List.copyOf(indicators);
        paths = List.copyOf(paths);
        effects = List.copyOf(effects);
        htmt = List.copyOf(htmt);
        diagnostics = List.copyOf(diagnostics);
        segments = segments == null ? null : List.copyOf(segments);
    }

    /**
     * A report without a segment comparison.
     *
     * @param bootstrap how the bootstrap went, with {@code --bootstrap} (else absent)
     * @param constructs one entry per construct, model order
     * @param converged whether the PLS iteration converged
     * @param diagnostics findings about the estimate (e.g. inadmissible consistent-PLS values); empty if none
     * @param effects direct, indirect and total effect of every linked ordered pair
     * @param fit SRMR, d_ULS and d_G of the saturated and the estimated model, when computed (else absent)
     * @param gof Tenenhaus et al. (2004) goodness of fit; null without endogenous constructs
     * @param higherOrder the higher-order constructs on their dimensions and stage 1, when the model has higher-order constructs (else absent); the rest of the report is then the run that holds the structural model (stage 2 of a two-stage approach)
     * @param htmt heterotrait-monotrait ratio of every pair of constructs
     * @param indicators one entry per indicator, block order
     * @param inference specific indirect effects, HTMT inference, adjusted p-values and multi-group tests, when any applies (else absent)
     * @param ipma importance-performance map of the target construct, when indices are known (else absent)
     * @param iterations the number of outer iterations
     * @param missingData how missing values were handled, when a strategy allowed them (else absent)
     * @param moderation interaction effects and simple slopes of a model with interaction terms (else absent)
     * @param observations the number of observations used
     * @param paths one entry per structural path, model order
     * @param segments one report per group with {@code --group} (else absent)
     * @param settings how the estimate was made
     * @param srmr standardised root mean square residual of the saturated model (the value usually compared with 0.08), when computed (else absent)
     */
    public EstimationReport(ReportSettings settings, long observations, boolean converged, int iterations,
                            List<ConstructEntry> constructs, List<IndicatorEntry> indicators,
                            List<PathEntry> paths, List<EffectEntry> effects, List<HtmtEntry> htmt, Double gof,
                            Double srmr, FitEntry fit, List<DiagnosticEntry> diagnostics, MissingDataEntry missingData,
                            BootstrapEntry bootstrap, IpmaEntry ipma, List<SegmentEntry> segments,
                            HigherOrderEntry higherOrder, InferenceEntry inference, ModerationEntry moderation) {
        this(settings, observations, converged, iterations, constructs, indicators, paths, effects, htmt, gof, srmr,
                fit, diagnostics, missingData, bootstrap, ipma, segments, higherOrder, inference, moderation, null);
    }

    /**
     * A report without higher-order constructs, an inference section or a moderation analysis.
     *
     * @param bootstrap how the bootstrap went, with {@code --bootstrap} (else absent)
     * @param constructs one entry per construct, model order
     * @param converged whether the PLS iteration converged
     * @param diagnostics findings about the estimate (e.g. inadmissible consistent-PLS values); empty if none
     * @param effects direct, indirect and total effect of every linked ordered pair
     * @param fit SRMR, d_ULS and d_G of the saturated and the estimated model, when computed (else absent)
     * @param gof Tenenhaus et al. (2004) goodness of fit; null without endogenous constructs
     * @param htmt heterotrait-monotrait ratio of every pair of constructs
     * @param indicators one entry per indicator, block order
     * @param ipma importance-performance map of the target construct, when indices are known (else absent)
     * @param iterations the number of outer iterations
     * @param missingData how missing values were handled, when a strategy allowed them (else absent)
     * @param observations the number of observations used
     * @param paths one entry per structural path, model order
     * @param segments one report per group with {@code --group} (else absent)
     * @param settings how the estimate was made
     * @param srmr standardised root mean square residual of the saturated model (the value usually compared with 0.08), when computed (else absent)
     */
    public EstimationReport(ReportSettings settings, long observations, boolean converged, int iterations,
                            List<ConstructEntry> constructs, List<IndicatorEntry> indicators,
                            List<PathEntry> paths, List<EffectEntry> effects, List<HtmtEntry> htmt, Double gof,
                            Double srmr, FitEntry fit, List<DiagnosticEntry> diagnostics, MissingDataEntry missingData,
                            BootstrapEntry bootstrap, IpmaEntry ipma, List<SegmentEntry> segments) {
        this(settings, observations, converged, iterations, constructs, indicators, paths, effects, htmt, gof, srmr,
                fit, diagnostics, missingData, bootstrap, ipma, segments, null, null, null);
    }

    /**
     * @param value the higher-order section
     * @return this report with its higher-order section
     */
    public EstimationReport withHigherOrder(HigherOrderEntry value) {
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                paths, effects, htmt, gof, srmr, fit, diagnostics, missingData, bootstrap, ipma, segments, value, inference, moderation, segmentComparison);
    }

    /**
     * @param value the moderation analysis
     * @return this report with its moderation analysis
     */
    public EstimationReport withModeration(ModerationEntry value) {
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                paths, effects, htmt, gof, srmr, fit, diagnostics, missingData, bootstrap, ipma, segments, higherOrder, inference, value, segmentComparison);
    }

    /**
     * @param value the segment comparison
     * @return this report with the segments side by side (and their tests)
     */
    public EstimationReport withSegmentComparison(SegmentComparisonEntry value) {
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                paths, effects, htmt, gof, srmr, fit, diagnostics, missingData, bootstrap, ipma, segments, higherOrder,
                inference, moderation, value);
    }

    /**
     * @param value one report per group, in group order
     * @return this report with the per-group reports attached
     */
    public EstimationReport withSegments(List<SegmentEntry> value) {
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                paths, effects, htmt, gof, srmr, fit, diagnostics, missingData, bootstrap, ipma, value, higherOrder, inference, moderation, segmentComparison);
    }

    /**
     * @param value how missing values were handled
     * @return this report with {@code value} describing how missing values were handled
     */
    public EstimationReport withMissingData(MissingDataEntry value) {
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                paths, effects, htmt, gof, srmr, fit, diagnostics, value, bootstrap, ipma, segments, higherOrder, inference, moderation, segmentComparison);
    }

    /**
     * @param summary the bootstrap's counts and settings
     * @param value the path entries with their bootstrap results
     * @return this report with bootstrap results on its paths and the bootstrap's summary
     */
    public EstimationReport withBootstrap(List<PathEntry> value, BootstrapEntry summary) {
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                value, effects, htmt, gof, srmr, fit, diagnostics, missingData, summary, ipma, segments, higherOrder, inference, moderation, segmentComparison);
    }

    /**
     * @param value the importance-performance map
     * @return this report with its importance-performance map
     */
    public EstimationReport withIpma(IpmaEntry value) {
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                paths, effects, htmt, gof, srmr, fit, diagnostics, missingData, bootstrap, value, segments, higherOrder, inference, moderation, segmentComparison);
    }

    /**
     * @param value the construct entries
     * @return this report with the given construct entries (e.g. carrying index bootstrap results)
     */
    public EstimationReport withConstructs(List<ConstructEntry> value) {
        return new EstimationReport(settings, observations, converged, iterations, value, indicators,
                paths, effects, htmt, gof, srmr, fit, diagnostics, missingData, bootstrap, ipma, segments, higherOrder, inference, moderation, segmentComparison);
    }

    /**
     * @param more the findings to append
     * @return this report with {@code more} findings appended after its own (e.g. warnings found
     *         outside the estimate: data checks, the bootstrap, an undefined index); the command
     *         line prints every diagnostic of a written report to standard error as a warning
     */
    public EstimationReport withDiagnostics(List<DiagnosticEntry> more) {
        List<DiagnosticEntry> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                paths, effects, htmt, gof, srmr, fit, all, missingData, bootstrap, ipma, segments, higherOrder, inference, moderation, segmentComparison);
    }

    /**
     * @param value the path entries
     * @return this report with the given path entries (e.g. carrying adjusted p-values)
     */
    public EstimationReport withPaths(List<PathEntry> value) {
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                value, effects, htmt, gof, srmr, fit, diagnostics, missingData, bootstrap, ipma, segments, higherOrder, inference, moderation, segmentComparison);
    }

    /**
     * @param value the inference section
     * @return this report with {@code value} as its inference section
     */
    public EstimationReport withInference(InferenceEntry value) {
        return new EstimationReport(settings, observations, converged, iterations, constructs, indicators,
                paths, effects, htmt, gof, srmr, fit, diagnostics, missingData, bootstrap, ipma, segments, higherOrder, value, moderation, segmentComparison);
    }

    /** @return the inference section, or an empty one */
    public InferenceEntry inferenceOrEmpty() {
        return inference == null ? InferenceEntry.empty() : inference;
    }

    /**
     * @param name the construct's name
     * @return the entry of construct {@code name}, if any
     */
    public Optional<ConstructEntry> construct(String name) {
        return constructs.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** @return true if any path carries bootstrap results */
    public boolean bootstrapped() {
        return paths.stream().anyMatch(p -> p.bootStdError() != null);
    }

    /** @return true if any construct has a 0-100 index */
    public boolean indexed() {
        return constructs.stream().anyMatch(c -> c.index() != null);
    }
}
