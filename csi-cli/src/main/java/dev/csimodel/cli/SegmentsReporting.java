package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.report.LabelEntry;
import dev.csimodel.report.LatentSegmentEntry;
import dev.csimodel.report.RetentionEntry;
import dev.csimodel.report.SegmentsReport;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.segmentation.SegmentSolution;
import dev.csimodel.segmentation.fimix.LabelAgreement;
import dev.csimodel.segmentation.fimix.ObservedLabels;
import dev.csimodel.segmentation.fimix.SegmentExplanation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/** Turns a segmentation {@link SegmentationMethod.Outcome} into the {@code csi segments} report. */
final class SegmentsReporting {

    private SegmentsReporting() {
    }

    /**
     * @param data        the data source's name
     * @param model       the model file's name
     * @param method      the method's name
     * @param scale       the questionnaire scale, or null
     * @param memberships the membership file, or null
     */
    record Context(String data, String model, String method, Scale scale, Path memberships) {
    }

    /**
     * The candidate reported: {@code --k}'s, else the method's suggestion, else the one K a method
     * without a suggestion solved (REBUS-PLS's default K).
     *
     * @param k the {@code --k} option, or null
     * @throws CsiSpecificationException naming K if it has no solution, or asking for --k if the method suggests none
     */
    static SegmentationMethod.Candidate chosen(SegmentationMethod.Outcome outcome, Integer k) {
        if (k == null && outcome.suggested().isEmpty() && outcome.candidates().size() == 1) {
            return outcome.candidates().get(0);
        }
        int target = k != null ? k : outcome.suggested().map(SegmentationMethod.Suggestion::segments)
                .orElseThrow(() -> new CsiSpecificationException("this method does not suggest a number of segments; "
                        + "give --k"));
        return outcome.candidates().stream().filter(c -> c.solution().segmentCount() == target).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("--k " + target + ": no solution with " + target
                        + " segments (" + String.join("; ", outcome.warnings()) + ")"));
    }

    /** @return how the reported K was chosen: {@code --k}, the suggesting criterion, or {@code default} */
    private static String chosenBy(SegmentationMethod.Outcome outcome, boolean byOption) {
        return byOption ? "--k" : outcome.suggested().map(SegmentationMethod.Suggestion::criterion).orElse("default");
    }

    static SegmentsReport report(Context c, SegmentationMethod.Outcome outcome, SegmentationMethod.Candidate chosen,
                                 boolean byOption, List<ObservedLabels> labels) {
        SegmentSolution solution = chosen.solution();
        List<String> warnings = new ArrayList<>(outcome.warnings());
        List<LatentSegmentEntry> segments = new ArrayList<>();
        for (int s = 0; s < solution.segmentCount(); s++) {
            segments.add(segment(s, solution, c.scale(), warnings));
        }
        List<LabelEntry> explanation = SegmentExplanation.rank(solution.memberships(), labels).stream()
                .map(SegmentsReporting::label).toList();
        Optional<SegmentationMethod.Suggestion> suggested = outcome.suggested();
        Optional<SegmentationMethod.Suggestion> alternative = outcome.alternative();
        return new SegmentsReport("segments", c.data(), c.model(), c.method(), solution.memberships().rowCount(),
                outcome.settings(), outcome.candidates().stream().map(SegmentsReporting::retention).toList(),
                suggested.map(SegmentationMethod.Suggestion::segments).orElse(null),
                suggested.map(SegmentationMethod.Suggestion::criterion).orElse(null),
                alternative.map(SegmentationMethod.Suggestion::segments).orElse(null),
                alternative.map(SegmentationMethod.Suggestion::criterion).orElse(null),
                solution.segmentCount(), chosenBy(outcome, byOption), segments, explanation,
                outcome.rebus().orElse(null), c.memberships() == null ? null : c.memberships().toString(), warnings);
    }

    private static RetentionEntry retention(SegmentationMethod.Candidate c) {
        Memberships m = c.solution().memberships();
        List<Integer> sizes = IntStream.range(0, m.segmentCount()).mapToObj(s -> m.rowsOf(s).length).toList();
        Optional<RetentionCriteria> r = c.criteria();
        // EN from the criteria: a method without a likelihood (REBUS) has crisp classes by construction, EN absent
        Double entropy = r.map(x -> boxed(x.normedEntropy())).orElse(null);
        return new RetentionEntry(m.segmentCount(), r.map(RetentionCriteria::logLikelihood).orElse(null),
                r.map(RetentionCriteria::parameters).orElse(null), r.map(RetentionCriteria::aic).orElse(null),
                r.map(RetentionCriteria::aic3).orElse(null), r.map(RetentionCriteria::aic4).orElse(null),
                r.map(RetentionCriteria::bic).orElse(null), r.map(RetentionCriteria::caic).orElse(null),
                r.map(RetentionCriteria::hq).orElse(null), r.map(RetentionCriteria::mdl5).orElse(null),
                entropy, boxed(c.objective()), sizes, c.converged(), c.iterations());
    }

    /** The 0-100 indices as {@code estimate} computes them: the segment's own fit and weights on the scale. */
    private static LatentSegmentEntry segment(int s, SegmentSolution solution, Scale scale, List<String> warnings) {
        PlsResult fit = solution.segmentFit(s);
        Optional<CsiIndex> index = Optional.ofNullable(scale).map(x -> CsiIndex.of(fit, IndicatorScales.uniform(x)));
        index.ifPresent(i -> i.undefined().forEach(u -> warnings.add("segment " + (s + 1) + ": no 0-100 index for "
                + u.construct() + ": " + u.reason())));
        List<LatentSegmentEntry.Path> paths = fit.model().paths().stream()
                .map(p -> new LatentSegmentEntry.Path(p.from(), p.to(), fit.pathCoefficient(p.from(), p.to()))).toList();
        List<LatentSegmentEntry.Construct> constructs = fit.model().constructNames().stream()
                .map(n -> new LatentSegmentEntry.Construct(n, boxed(fit.rSquared(n)),
                        index.map(i -> boxed(i.index(n))).orElse(null))).toList();
        return new LatentSegmentEntry(s + 1, solution.memberships().rowsOf(s).length,
                solution.memberships().relativeSize(s), paths, constructs);
    }

    private static LabelEntry label(LabelAgreement a) {
        return new LabelEntry(a.column(), a.rows(), a.categories(), a.chiSquare(), boxed(a.cramersV()),
                boxed(a.adjustedRand()));
    }

    private static Double boxed(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
