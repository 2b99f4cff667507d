package dev.csimodel.models.kano;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Kano classification of one attribute: category counts, the dominant category and the customer
 * satisfaction coefficients of Berger et al. (1993).
 *
 * <p>The constructor throws {@link CsiSpecificationException} if the attribute name is blank.
 * <p>The constructor throws {@link CsiDataException} if the counts total zero.
 *
 * @param attribute the attribute's name
 * @param counts    respondents per category, at least one respondent in total
 */
public record KanoResult(String attribute, KanoCounts counts) {

    /**
     * Order in which tied categories win: M &gt; O &gt; A &gt; I after Berger et al. (1993),
     * then R, then Q. R and Q compete for the mode like the other categories, but lose every
     * tie: a category backed by consistent, correctly oriented answers is the more useful
     * classification, and Q (a self-contradicting answer pair) is the least informative of all.
     */
    public static final List<KanoCategory> TIE_ORDER = List.of(KanoCategory.MUST_BE,
            KanoCategory.ONE_DIMENSIONAL, KanoCategory.ATTRACTIVE, KanoCategory.INDIFFERENT,
            KanoCategory.REVERSE, KanoCategory.QUESTIONABLE);

    /**
     * Requires a non-blank attribute name and at least one respondent.
     * @param attribute the attribute's name
     * @param counts respondents per category, at least one respondent in total
     */
    public KanoResult {
        if (attribute == null || attribute.isBlank()) {
            throw new CsiSpecificationException("Kano attribute name must not be blank");
        }
        if (counts.total() == 0) {
            throw new CsiDataException("attribute '" + attribute + "' has no respondents");
        }
    }

    /**
     * The most frequent category over all six categories; ties are broken by {@link #TIE_ORDER}
     * (M &gt; O &gt; A &gt; I &gt; R &gt; Q).
     *
     * @return the dominant category
     */
    public KanoCategory dominant() {
        KanoCategory best = TIE_ORDER.get(0);
        for (KanoCategory c : TIE_ORDER) {
            if (counts.count(c) > counts.count(best)) {
                best = c;
            }
        }
        return best;
    }

    /**
     * @param category a category
     * @return the share of all respondents (R and Q included) in that category, in [0, 1]
     */
    public double share(KanoCategory category) {
        return (double) counts.count(category) / counts.total();
    }

    /**
     * Better (satisfaction coefficient), Berger et al. (1993):
     * {@code Better = (A + O) / (A + O + M + I)}, in [0, 1].
     *
     * @return Better, or empty when A + O + M + I = 0 (every answer was R or Q)
     */
    public OptionalDouble better() {
        int denominator = counts.aomi();
        if (denominator == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (counts.attractive() + counts.oneDimensional()) / denominator);
    }

    /**
     * Worse (dissatisfaction coefficient), Berger et al. (1993):
     * {@code Worse = -(O + M) / (A + O + M + I)}, in [-1, 0].
     *
     * @return Worse, or empty when A + O + M + I = 0 (every answer was R or Q)
     */
    public OptionalDouble worse() {
        int denominator = counts.aomi();
        if (denominator == 0) {
            return OptionalDouble.empty();
        }
        // negate the integer so that O + M = 0 gives 0.0, not -0.0
        return OptionalDouble.of((double) -(counts.oneDimensional() + counts.mustBe()) / denominator);
    }
}
