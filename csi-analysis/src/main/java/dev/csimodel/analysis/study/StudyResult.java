package dev.csimodel.analysis.study;

import dev.csimodel.analysis.segments.SegmentComparisonResult;
import dev.csimodel.analysis.waves.WaveResult;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.groups.BootstrapGroupResult;
import dev.csimodel.hierarchy.HigherOrderResult;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.ipma.ImpactDraws;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.moderation.ModerationResult;
import dev.csimodel.moderation.SlopeAnalysisResult;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.result.PlsResult;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a {@link Study} found on its data. Quantities that were not asked for or do not apply
 * are empty, never zero.
 *
 * @param study       the study as run (its settings)
 * @param source      names the data
 * @param fit         the estimate on all rows (converged, iterations and the estimator's diagnostics inside);
 *                    for a model with interaction terms the moderation estimate's fit of the
 *                    augmented model, for one with higher-order constructs the run that holds the
 *                    structural model (stage 2, or the repeated-indicators run), for ordinal PLS
 *                    the fit on the polychoric correlations
 * @param weights     the case weights of the rows the fit used, when weighted
 * @param indices     the 0-100 indices (Fornell et al. 1996), with a scale
 * @param ipma        the importance-performance map of the target construct's drivers, with a
 *                    scale, when every driver has an index
 * @param necessity   the necessary condition analysis and the combined map, when asked for and possible
 * @param bootstrap   the bootstrap of paths, indices and impacts, when asked for (for a model with
 *                    interaction terms, the simple-slope analysis's bootstrap of the paths)
 * @param impacts     the bootstrap draws of the map's impacts, with a bootstrap and a map
 * @param groupColumn the column the segments come from, with grouped data
 * @param segments    each segment's own estimate, in the order the labels first appear
 * @param comparison  the segments side by side (and tested), with grouped unweighted data
 * @param groupTests  the bootstrap multi-group tests, when asked for and possible
 * @param waves       each wave's estimate and index and the changes between waves, when asked for
 * @param moderation  the moderation estimate (interaction effects), for a model with interaction terms
 * @param slopes      the simple slopes, floodlight and Johnson-Neyman points, for a model with
 *                    interaction terms and a bootstrap
 * @param higherOrder the estimate of every stage, for a model with higher-order constructs
 * @param ordinal     the ordinal PLS estimate with its indicator correlations, for a study with ordinal indicators
 * @param warnings    the study's warnings, in the order they arose
 */
public record StudyResult(Study study, String source, PlsResult fit, Optional<WeightSummary> weights,
                          Optional<CsiIndex> indices, Optional<ImportancePerformance> ipma,
                          Optional<Necessity> necessity, Optional<BootstrapResult> bootstrap,
                          Optional<ImpactDraws> impacts, Optional<String> groupColumn, List<SegmentFit> segments,
                          Optional<SegmentComparisonResult> comparison, Optional<BootstrapGroupResult> groupTests,
                          Optional<WaveResult> waves, Optional<ModerationResult> moderation,
                          Optional<SlopeAnalysisResult> slopes, Optional<HigherOrderResult> higherOrder,
                          Optional<OrdinalResult> ordinal, List<StudyWarning> warnings) {

    /**
     * Copies the lists.
     *
     * @param study       the study as run (its settings)
     * @param source      names the data
     * @param fit         the estimate on all rows (converged, iterations and the estimator's diagnostics inside);
     *                    for a model with interaction terms the moderation estimate's fit of the
     *                    augmented model, for one with higher-order constructs the run that holds the
     *                    structural model (stage 2, or the repeated-indicators run), for ordinal PLS
     *                    the fit on the polychoric correlations
     * @param weights     the case weights of the rows the fit used, when weighted
     * @param indices     the 0-100 indices (Fornell et al. 1996), with a scale
     * @param ipma        the importance-performance map of the target construct's drivers, with a
     *                    scale, when every driver has an index
     * @param necessity   the necessary condition analysis and the combined map, when asked for and possible
     * @param bootstrap   the bootstrap of paths, indices and impacts, when asked for (for a model with
     *                    interaction terms, the simple-slope analysis's bootstrap of the paths)
     * @param impacts     the bootstrap draws of the map's impacts, with a bootstrap and a map
     * @param groupColumn the column the segments come from, with grouped data
     * @param segments    each segment's own estimate, in the order the labels first appear
     * @param comparison  the segments side by side (and tested), with grouped unweighted data
     * @param groupTests  the bootstrap multi-group tests, when asked for and possible
     * @param waves       each wave's estimate and index and the changes between waves, when asked for
     * @param moderation  the moderation estimate (interaction effects), for a model with interaction terms
     * @param slopes      the simple slopes, floodlight and Johnson-Neyman points, for a model with
     *                    interaction terms and a bootstrap
     * @param higherOrder the estimate of every stage, for a model with higher-order constructs
     * @param ordinal     the ordinal PLS estimate with its indicator correlations, for a study with ordinal indicators
     * @param warnings    the study's warnings, in the order they arose
     */
    public StudyResult {
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param from the predecessor construct
     * @param to   the successor construct
     * @return the path coefficient from {@code from} to {@code to} on all rows
     */
    public double pathCoefficient(String from, String to) {
        return fit.pathCoefficient(from, to);
    }

    /**
     * @param construct a construct of the model
     * @return the R² of endogenous construct {@code construct}; empty for an exogenous one
     */
    public OptionalDouble rSquared(String construct) {
        return fit.rSquared(construct);
    }

    /**
     * @param construct a construct of the model
     * @return the 0-100 index of {@code construct}; empty without a scale or when undefined
     */
    public OptionalDouble index(String construct) {
        return indices.map(i -> i.index(construct)).orElse(OptionalDouble.empty());
    }

    /**
     * @param label a segment's label
     * @return the segment labelled {@code label}
     */
    public Optional<SegmentFit> segment(String label) {
        return segments.stream().filter(s -> s.label().equals(label)).findFirst();
    }
}
