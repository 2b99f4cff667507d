package dev.csimodel.models.loyalty;

import dev.csimodel.CsiDataException;
import java.util.List;

/**
 * Counts and shares of recommendation likelihood answers: {@code share(x) = n_x / N}.
 *
 * <p>The constructor throws {@link CsiDataException} if a count is negative or all are 0.
 *
 * @param veryLikely number of VERY_LIKELY answers
 * @param possible   number of POSSIBLE answers
 * @param unlikely   number of UNLIKELY answers
 */
public record RecommendationShares(int veryLikely, int possible, int unlikely) {

    /**
     * Requires non-negative counts, not all zero.
     * @param veryLikely number of VERY_LIKELY answers
     * @param possible number of POSSIBLE answers
     * @param unlikely number of UNLIKELY answers
     */
    public RecommendationShares {
        if (veryLikely < 0 || possible < 0 || unlikely < 0) {
            throw new CsiDataException("recommendation counts must not be negative: " + veryLikely
                    + ", " + possible + ", " + unlikely);
        }
        if ((long) veryLikely + possible + unlikely == 0) {
            throw new CsiDataException("no recommendation answers");
        }
    }

    /**
     * @param answers one answer per respondent, at least one
     * @return the counts
     * @throws CsiDataException if there are no answers or one is missing (message names the
     *                          answer, numbered from 1)
     */
    public static RecommendationShares of(List<RecommendationLikelihood> answers) {
        if (answers.isEmpty()) {
            throw new CsiDataException("no recommendation answers");
        }
        int[] n = new int[RecommendationLikelihood.values().length];
        for (int k = 0; k < answers.size(); k++) {
            RecommendationLikelihood a = answers.get(k);
            if (a == null) {
                throw new CsiDataException("recommendation answer " + (k + 1) + " is missing");
            }
            n[a.ordinal()]++;
        }
        return new RecommendationShares(n[RecommendationLikelihood.VERY_LIKELY.ordinal()],
                n[RecommendationLikelihood.POSSIBLE.ordinal()], n[RecommendationLikelihood.UNLIKELY.ordinal()]);
    }

    /** @return N, the number of answers */
    public long total() {
        return (long) veryLikely + possible + unlikely;
    }

    /**
     * @param answer an answer category
     * @return its count
     */
    public int count(RecommendationLikelihood answer) {
        return switch (answer) {
            case VERY_LIKELY -> veryLikely;
            case POSSIBLE -> possible;
            case UNLIKELY -> unlikely;
        };
    }

    /**
     * @param answer an answer category
     * @return its share of all answers, in [0, 1]; the three shares sum to 1
     */
    public double share(RecommendationLikelihood answer) {
        return (double) count(answer) / total();
    }
}
