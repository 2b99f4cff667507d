package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an estimate was made, as reported.
 *
 * @param data            the data file
 * @param model           the model file or predefined model name
 * @param scheme          inner weighting scheme: path, centroid or factorial
 * @param scaling         standardised or centred
 * @param consistent      whether consistent PLS (PLSc) corrected the common-factor constructs
 * @param tolerance       the convergence tolerance
 * @param maxIterations   the iteration limit
 * @param missingToken    the cell text read as missing, null if none
 * @param missingStrategy how missing values were handled, null if none were allowed
 * @param weights         the sampling-weight column, null if unweighted
 * @param bootstrap       the number of bootstrap samples, null without a bootstrap
 * @param seed            the bootstrap seed, null without a bootstrap
 * @param interval        the bootstrap confidence interval (percentile, basic, bca), null without a bootstrap
 * @param scaleMin        lower end of the questionnaire scale for indices, null if none
 * @param scaleMax        upper end of the questionnaire scale for indices, null if none
 * @param group           the grouping column, null if none
 * @param segmentWeights  with a group and a scale: "separate" (segment indices from each
 *                        segment's own weights) or "pooled" (the whole sample's); else null
 * @param htmtCorrelations which indicator correlations HTMT averages (option --htmt): "absolute" (seminr,
 *                        SmartPLS; the default) or "signed" (cSEM 0.6.1)
 * @param weightKind      with {@code --weights}: "sampling" (rescaled to the row count) or
 *                        "frequency" (n = Σw); else null
 * @param effectiveObservations with {@code --weights}: Kish's effective sample size
 *                        {@code (Σw)²/Σw²} of the rows used (Kish 1965); else null
 * @param estimator       "pls" (PLS path modelling, the default) or "gsca" (generalized structured
 *                        component analysis, option {@code --estimator gsca})
 * @param ordinal         with {@code --ordinal}: the ordinal indicators and the indicator correlations
 *                        used (polychoric, polyserial); null for Pearson correlations
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportSettings(String data, String model, String scheme, String scaling, boolean consistent,
                             double tolerance, int maxIterations, String missingToken, String missingStrategy,
                             String weights, Integer bootstrap, Long seed, String interval,
                             Double scaleMin, Double scaleMax, String group,
                             String segmentWeights, String htmtCorrelations,
                             String weightKind, Double effectiveObservations, String estimator,
                             OrdinalEntry ordinal) {

    /**
     * Settings without ordinal indicators (Pearson correlations).
     *
     * @param bootstrap the number of bootstrap samples, null without a bootstrap
     * @param consistent whether consistent PLS (PLSc) corrected the common-factor constructs
     * @param data the data file
     * @param group the grouping column, null if none
     * @param interval the bootstrap confidence interval (percentile, basic, bca), null without a bootstrap
     * @param maxIterations the iteration limit
     * @param missingStrategy how missing values were handled, null if none were allowed
     * @param missingToken the cell text read as missing, null if none
     * @param model the model file or predefined model name
     * @param scaleMax upper end of the questionnaire scale for indices, null if none
     * @param scaleMin lower end of the questionnaire scale for indices, null if none
     * @param scaling standardised or centred
     * @param scheme inner weighting scheme: path, centroid or factorial
     * @param seed the bootstrap seed, null without a bootstrap
     * @param segmentWeights with a group and a scale: "separate" (segment indices from each segment's own weights) or "pooled" (the whole sample's); else null
     * @param tolerance the convergence tolerance
     * @param weights the sampling-weight column, null if unweighted
     * @param effectiveObservations with {@code --weights}: Kish's effective sample size {@code (Σw)²/Σw²} of the rows used (Kish 1965); else null
     * @param estimator "pls" (PLS path modelling, the default) or "gsca" (generalized structured component analysis, option {@code --estimator gsca})
     * @param htmtCorrelations which indicator correlations HTMT averages (option --htmt): "absolute" (seminr, SmartPLS; the default) or "signed" (cSEM 0.6.1)
     * @param weightKind with {@code --weights}: "sampling" (rescaled to the row count) or "frequency" (n = Σw); else null
     */
    public ReportSettings(String data, String model, String scheme, String scaling, boolean consistent,
                          double tolerance, int maxIterations, String missingToken, String missingStrategy,
                          String weights, Integer bootstrap, Long seed, String interval,
                          Double scaleMin, Double scaleMax, String group,
                          String segmentWeights, String htmtCorrelations,
                          String weightKind, Double effectiveObservations, String estimator) {
        this(data, model, scheme, scaling, consistent, tolerance, maxIterations, missingToken, missingStrategy,
                weights, bootstrap, seed, interval, scaleMin, scaleMax, group, segmentWeights, htmtCorrelations,
                weightKind, effectiveObservations, estimator, null);
    }

    /**
     * PLS settings with weighting details.
     *
     * @param bootstrap the number of bootstrap samples, null without a bootstrap
     * @param consistent whether consistent PLS (PLSc) corrected the common-factor constructs
     * @param data the data file
     * @param effectiveObservations with {@code --weights}: Kish's effective sample size {@code (Σw)²/Σw²} of the rows used (Kish 1965); else null
     * @param group the grouping column, null if none
     * @param htmtCorrelations which indicator correlations HTMT averages (option --htmt): "absolute" (seminr, SmartPLS; the default) or "signed" (cSEM 0.6.1)
     * @param interval the bootstrap confidence interval (percentile, basic, bca), null without a bootstrap
     * @param maxIterations the iteration limit
     * @param missingStrategy how missing values were handled, null if none were allowed
     * @param missingToken the cell text read as missing, null if none
     * @param model the model file or predefined model name
     * @param scaleMax upper end of the questionnaire scale for indices, null if none
     * @param scaleMin lower end of the questionnaire scale for indices, null if none
     * @param scaling standardised or centred
     * @param scheme inner weighting scheme: path, centroid or factorial
     * @param seed the bootstrap seed, null without a bootstrap
     * @param segmentWeights with a group and a scale: "separate" (segment indices from each segment's own weights) or "pooled" (the whole sample's); else null
     * @param tolerance the convergence tolerance
     * @param weightKind with {@code --weights}: "sampling" (rescaled to the row count) or "frequency" (n = Σw); else null
     * @param weights the sampling-weight column, null if unweighted
     */
    public ReportSettings(String data, String model, String scheme, String scaling, boolean consistent,
                          double tolerance, int maxIterations, String missingToken, String missingStrategy,
                          String weights, Integer bootstrap, Long seed, String interval,
                          Double scaleMin, Double scaleMax, String group,
                          String segmentWeights, String htmtCorrelations,
                          String weightKind, Double effectiveObservations) {
        this(data, model, scheme, scaling, consistent, tolerance, maxIterations, missingToken, missingStrategy,
                weights, bootstrap, seed, interval, scaleMin, scaleMax, group, segmentWeights, htmtCorrelations,
                weightKind, effectiveObservations, "pls");
    }

    /**
     * Settings without weighting details (weight kind and effective n null).
     *
     * @param bootstrap the number of bootstrap samples, null without a bootstrap
     * @param consistent whether consistent PLS (PLSc) corrected the common-factor constructs
     * @param data the data file
     * @param group the grouping column, null if none
     * @param htmtCorrelations which indicator correlations HTMT averages (option --htmt): "absolute" (seminr, SmartPLS; the default) or "signed" (cSEM 0.6.1)
     * @param interval the bootstrap confidence interval (percentile, basic, bca), null without a bootstrap
     * @param maxIterations the iteration limit
     * @param missingStrategy how missing values were handled, null if none were allowed
     * @param missingToken the cell text read as missing, null if none
     * @param model the model file or predefined model name
     * @param scaleMax upper end of the questionnaire scale for indices, null if none
     * @param scaleMin lower end of the questionnaire scale for indices, null if none
     * @param scaling standardised or centred
     * @param scheme inner weighting scheme: path, centroid or factorial
     * @param seed the bootstrap seed, null without a bootstrap
     * @param segmentWeights with a group and a scale: "separate" (segment indices from each segment's own weights) or "pooled" (the whole sample's); else null
     * @param tolerance the convergence tolerance
     * @param weights the sampling-weight column, null if unweighted
     */
    public ReportSettings(String data, String model, String scheme, String scaling, boolean consistent,
                          double tolerance, int maxIterations, String missingToken, String missingStrategy,
                          String weights, Integer bootstrap, Long seed, String interval,
                          Double scaleMin, Double scaleMax, String group,
                          String segmentWeights, String htmtCorrelations) {
        this(data, model, scheme, scaling, consistent, tolerance, maxIterations, missingToken, missingStrategy,
                weights, bootstrap, seed, interval, scaleMin, scaleMax, group, segmentWeights, htmtCorrelations,
                null, null);
    }

    /**
     * @param effective Kish's effective sample size (sampling weights), else null
     * @param kind sampling or frequency
     * @return these settings with the weight kind and Kish's effective n of the rows used
     */
    public ReportSettings withWeighting(String kind, Double effective) {
        return new ReportSettings(data, model, scheme, scaling, consistent, tolerance, maxIterations, missingToken,
                missingStrategy, weights, bootstrap, seed, interval, scaleMin, scaleMax, group, segmentWeights,
                htmtCorrelations, kind, effective, estimator, ordinal);
    }

    /**
     * @param value pls or gsca
     * @return these settings for estimator {@code value} ("pls" or "gsca")
     */
    public ReportSettings withEstimator(String value) {
        return new ReportSettings(data, model, scheme, scaling, consistent, tolerance, maxIterations, missingToken,
                missingStrategy, weights, bootstrap, seed, interval, scaleMin, scaleMax, group, segmentWeights,
                htmtCorrelations, weightKind, effectiveObservations, value, ordinal);
    }

    /**
     * @param value the ordinal indicators and their correlations
     * @return these settings with the ordinal indicators and correlations of {@code --ordinal}
     */
    public ReportSettings withOrdinal(OrdinalEntry value) {
        return new ReportSettings(data, model, scheme, scaling, consistent, tolerance, maxIterations, missingToken,
                missingStrategy, weights, bootstrap, seed, interval, scaleMin, scaleMax, group, segmentWeights,
                htmtCorrelations, weightKind, effectiveObservations, estimator, value);
    }

    /** @return true if GSCA, not PLS, made the estimate */
    public boolean gsca() {
        return "gsca".equals(estimator);
    }

    /** @return true with sampling weights (whose OLS standard errors assume simple random sampling) */
    public boolean samplingWeighted() {
        return "sampling".equals(weightKind);
    }
}
