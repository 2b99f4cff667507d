package dev.csimodel.models.ahp;

import dev.csimodel.CsiSpecificationException;
import java.util.List;
import java.util.Map;

/**
 * Priorities of one pairwise comparison: the principal right eigenvector of the judgment matrix
 * normalised to sum 1 (Saaty 1977, 1980), and its consistency.
 *
 * <p>The constructor throws {@link CsiSpecificationException} if names and weights differ in
 * number.
 *
 * @param criteria    criterion names in matrix order
 * @param weights     local weights in the same order, positive, summing to 1
 * @param consistency lambdaMax, CI and CR of the matrix
 */
public record AhpResult(List<String> criteria, List<Double> weights, AhpConsistency consistency) {

    /**
     * Copies the lists and checks that there is one weight per criterion.
     * @param criteria criterion names in matrix order
     * @param weights local weights in the same order, positive, summing to 1
     * @param consistency lambdaMax, CI and CR of the matrix
     */
    public AhpResult {
        criteria = List.copyOf(criteria);
        weights = List.copyOf(weights);
        if (criteria.size() != weights.size()) {
            throw new CsiSpecificationException(criteria.size() + " criteria but "
                    + weights.size() + " weights");
        }
    }

    /**
     * @param criterion a criterion's name
     * @return its weight
     * @throws CsiSpecificationException if the name is not a criterion
     */
    public double weight(String criterion) {
        int i = criteria.indexOf(criterion);
        if (i < 0) {
            throw new CsiSpecificationException("unknown criterion '" + criterion + "'; known: " + criteria);
        }
        return weights.get(i);
    }

    /**
     * Weighted satisfaction score {@code S = sum_i w_i * x_i} with these weights.
     *
     * @param scores score x_i per criterion, one for every criterion
     * @return S, on the scale of the scores (weights sum to 1)
     * @throws dev.csimodel.CsiDataException if a criterion has no score, a score is not finite or
     *         a key is not a criterion
     */
    public double score(Map<String, Double> scores) {
        return WeightedScore.compute(criteria, weights, scores);
    }

    /** @return the principal eigenvalue lambdaMax */
    public double lambdaMax() {
        return consistency.lambdaMax();
    }

    /** @return true when CR &lt; 0.10 (see {@link AhpConsistency#consistent()}) */
    public boolean consistent() {
        return consistency.consistent();
    }
}
