package dev.csimodel.models.kano;

import dev.csimodel.CsiDataException;
import java.util.List;

/**
 * How many respondents fall into each Kano category for one attribute.
 *
 * <p>The constructor throws {@link CsiDataException} if a count is negative.
 *
 * @param attractive      A
 * @param oneDimensional  O
 * @param mustBe          M
 * @param indifferent     I
 * @param reverse         R
 * @param questionable    Q
 */
public record KanoCounts(int attractive, int oneDimensional, int mustBe, int indifferent,
        int reverse, int questionable) {

    /**
     * Requires every category count to be non-negative.
     * @param attractive A
     * @param oneDimensional O
     * @param mustBe M
     * @param indifferent I
     * @param reverse R
     * @param questionable Q
     */
    public KanoCounts {
        for (int c : List.of(attractive, oneDimensional, mustBe, indifferent, reverse, questionable)) {
            if (c < 0) {
                throw new CsiDataException("Kano category counts must not be negative, got " + c);
            }
        }
    }

    /**
     * Tallies the categories of the given answer pairs.
     *
     * @param responses the answers of one attribute
     * @return the count per category
     */
    public static KanoCounts of(KanoResponses responses) {
        int[] n = new int[KanoCategory.values().length];
        for (int k = 0; k < responses.size(); k++) {
            n[responses.category(k).ordinal()]++;
        }
        return new KanoCounts(n[KanoCategory.ATTRACTIVE.ordinal()],
                n[KanoCategory.ONE_DIMENSIONAL.ordinal()], n[KanoCategory.MUST_BE.ordinal()],
                n[KanoCategory.INDIFFERENT.ordinal()], n[KanoCategory.REVERSE.ordinal()],
                n[KanoCategory.QUESTIONABLE.ordinal()]);
    }

    /**
     * @param category a category
     * @return the number of respondents in it
     */
    public int count(KanoCategory category) {
        return switch (category) {
            case ATTRACTIVE -> attractive;
            case ONE_DIMENSIONAL -> oneDimensional;
            case MUST_BE -> mustBe;
            case INDIFFERENT -> indifferent;
            case REVERSE -> reverse;
            case QUESTIONABLE -> questionable;
        };
    }

    /** @return A + O + M + I + R + Q, the number of respondents */
    public int total() {
        return attractive + oneDimensional + mustBe + indifferent + reverse + questionable;
    }

    /**
     * @return A + O + M + I, the denominator of Better and Worse (Berger et al. 1993): reverse and
     *         questionable answers say nothing about how fulfilment affects satisfaction
     */
    public int aomi() {
        return attractive + oneDimensional + mustBe + indifferent;
    }
}
