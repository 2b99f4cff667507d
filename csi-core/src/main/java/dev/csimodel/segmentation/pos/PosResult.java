package dev.csimodel.segmentation.pos;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.spec.PathModel;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The PLS-POS solutions for K = {@link PosSettings#minSegments()}..{@link PosSettings#maxSegments()}
 * and the settings that produced them; choose K with {@link #bestBy} (e.g. AIC3 or CAIC,
 * Sarstedt et al. 2011).
 *
 * @param model              the path model
 * @param settings           the settings used
 * @param minimumSegmentSize the minimum segment size applied (the settings' or the automatic one)
 * @param solutions          one solution per K, ascending K
 */
public record PosResult(PathModel model, PosSettings settings, int minimumSegmentSize, List<PosSolution> solutions) {

    /** Validates and copies. */
    public PosResult {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(settings, "settings");
        Arguments.requireNonNull(solutions, "solutions");
        solutions = List.copyOf(solutions);
    }

    /**
     * @param k a number of segments that was solved for
     * @return its solution
     * @throws CsiSpecificationException if K was not in the settings' range
     */
    public PosSolution solution(int k) {
        return solutions.stream().filter(s -> s.segments() == k).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("no " + k + "-segment solution: K ran from "
                        + settings.minSegments() + " to " + settings.maxSegments()));
    }

    /**
     * @param criterion a retention criterion where smaller is better, e.g. {@code RetentionCriteria::aic3}
     * @return the solution that minimises it (the smaller K on a tie)
     */
    public PosSolution bestBy(ToDoubleFunction<RetentionCriteria> criterion) {
        Arguments.requireNonNull(criterion, "criterion");
        return solutions.stream().min(Comparator.comparingDouble((PosSolution s) -> criterion.applyAsDouble(s.criteria()))
                .thenComparingInt(PosSolution::segments)).orElseThrow();
    }
}
