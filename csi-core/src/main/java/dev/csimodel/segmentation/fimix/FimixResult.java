package dev.csimodel.segmentation.fimix;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.RetentionCriteria;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The FIMIX-PLS solutions for K = 1..Kmax and what chooses among them. Sarstedt et al. (2011)
 * found AIC3 and CAIC together the most reliable guides to K; both are offered, each by its
 * minimum. A K all of whose starts degenerated has no solution and a line in {@link #warnings()}.
 *
 * @param settings  the settings used
 * @param pooled    the PLS estimate on all rows whose construct scores FIMIX-PLS segments
 * @param solutions the solutions, ascending K (K = 1 always present)
 * @param warnings  one line per K without a solution, saying why
 */
public record FimixResult(FimixSettings settings, PlsResult pooled, List<FimixSolution> solutions,
                          List<String> warnings) {

    /**
     * Validates and copies.
     *
     * @param settings the settings used
     * @param pooled the PLS estimate on all rows whose construct scores FIMIX-PLS segments
     * @param solutions the solutions, ascending K (K = 1 always present)
     * @param warnings one line per K without a solution, saying why
     */
    public FimixResult {
        Arguments.requireNonNull(settings, "settings");
        Arguments.requireNonNull(pooled, "pooled");
        Arguments.requireNonNull(solutions, "solutions");
        Arguments.requireNonNull(warnings, "warnings");
        solutions = List.copyOf(solutions);
        warnings = List.copyOf(warnings);
        if (solutions.isEmpty()) {
            throw new CsiSpecificationException("a FIMIX result needs at least the one-segment solution");
        }
    }

    /** @return the number of rows segmented */
    public int observations() {
        return solutions.get(0).memberships().rowCount();
    }

    /**
     * @param segments K
     * @return the solution with K segments, empty if K exceeds Kmax or every start degenerated
     */
    public Optional<FimixSolution> solution(int segments) {
        return solutions.stream().filter(s -> s.segmentCount() == segments).findFirst();
    }

    /**
     * @param segments K
     * @return the solution with K segments
     * @throws CsiSpecificationException naming K and the Ks that have a solution
     */
    public FimixSolution requireSolution(int segments) {
        return solution(segments).orElseThrow(() -> new CsiSpecificationException("no FIMIX-PLS solution with "
                + segments + " segments; there are solutions for K = "
                + solutions.stream().map(FimixSolution::segmentCount).toList()));
    }

    /** @return the retention criteria of each solution, ascending K */
    public List<RetentionCriteria> criteria() {
        return solutions.stream().map(FimixSolution::criteria).toList();
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
        return criteria().stream().min(Comparator.comparingDouble(criterion)
                .thenComparingInt(RetentionCriteria::segments)).orElseThrow().segments();
    }
}
