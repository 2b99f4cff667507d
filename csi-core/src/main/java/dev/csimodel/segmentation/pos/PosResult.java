package dev.csimodel.segmentation.pos;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.spec.PathModel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The PLS-POS solutions for K = {@link PosSettings#minSegments()}..{@link PosSettings#maxSegments()}
 * and the settings that produced them; choose K with {@link #suggestedByAic3()},
 * {@link #suggestedByCaic()} or {@link #suggestedBy} (Sarstedt et al. 2011). The accessors
 * mirror FIMIX-PLS's result, so that one report can show either.
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
        if (solutions.isEmpty()) {
            throw new CsiSpecificationException("a PLS-POS result needs at least one solution");
        }
    }

    /** @return the number of rows segmented */
    public int observations() {
        return solutions.get(0).memberships().rowCount();
    }

    /**
     * @param segments K
     * @return the solution with K segments, empty if K was outside the settings' range
     */
    public Optional<PosSolution> solution(int segments) {
        return solutions.stream().filter(s -> s.segments() == segments).findFirst();
    }

    /**
     * @param segments K
     * @return the solution with K segments
     * @throws CsiSpecificationException naming K and the Ks that have a solution
     */
    public PosSolution requireSolution(int segments) {
        return solution(segments).orElseThrow(() -> new CsiSpecificationException("no PLS-POS solution with "
                + segments + " segments; there are solutions for K = "
                + solutions.stream().map(PosSolution::segments).toList()));
    }

    /** @return the retention criteria of each solution, ascending K */
    public List<RetentionCriteria> criteria() {
        return solutions.stream().map(PosSolution::criteria).toList();
    }

    /** @return the K minimising AIC3 (the smaller K on a tie) */
    public int suggestedByAic3() {
        return suggestedBy(RetentionCriteria::aic3);
    }

    /** @return the K minimising CAIC (the smaller K on a tie) */
    public int suggestedByCaic() {
        return suggestedBy(RetentionCriteria::caic);
    }

    /**
     * @param criterion a criterion where smaller is better (e.g. {@code RetentionCriteria::bic})
     * @return the K minimising it (the smaller K on a tie)
     */
    public int suggestedBy(ToDoubleFunction<RetentionCriteria> criterion) {
        Arguments.requireNonNull(criterion, "criterion");
        return criteria().stream().min(Comparator.comparingDouble(criterion)
                .thenComparingInt(RetentionCriteria::segments)).orElseThrow().segments();
    }
}
