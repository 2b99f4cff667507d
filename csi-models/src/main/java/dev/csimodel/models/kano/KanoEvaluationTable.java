package dev.csimodel.models.kano;

import static dev.csimodel.models.kano.KanoCategory.ATTRACTIVE;
import static dev.csimodel.models.kano.KanoCategory.INDIFFERENT;
import static dev.csimodel.models.kano.KanoCategory.MUST_BE;
import static dev.csimodel.models.kano.KanoCategory.ONE_DIMENSIONAL;
import static dev.csimodel.models.kano.KanoCategory.QUESTIONABLE;
import static dev.csimodel.models.kano.KanoCategory.REVERSE;

import java.util.Objects;

/**
 * The standard Kano evaluation table (Kano et al. 1984; Berger et al. 1993, Table 1). Rows are
 * the functional answer, columns the dysfunctional answer, both in the order like, must-be,
 * neutral, live-with, dislike:
 *
 * <pre>
 *  functional \ dysfunctional   like  must-be  neutral  live-with  dislike
 *  like                          Q      A        A        A          O
 *  must-be                       R      I        I        I          M
 *  neutral                       R      I        I        I          M
 *  live-with                     R      I        I        I          M
 *  dislike                       R      R        R        R          Q
 * </pre>
 */
public final class KanoEvaluationTable {

    private static final KanoCategory[][] TABLE = {
        {QUESTIONABLE, ATTRACTIVE, ATTRACTIVE, ATTRACTIVE, ONE_DIMENSIONAL},
        {REVERSE, INDIFFERENT, INDIFFERENT, INDIFFERENT, MUST_BE},
        {REVERSE, INDIFFERENT, INDIFFERENT, INDIFFERENT, MUST_BE},
        {REVERSE, INDIFFERENT, INDIFFERENT, INDIFFERENT, MUST_BE},
        {REVERSE, REVERSE, REVERSE, REVERSE, QUESTIONABLE},
    };

    private KanoEvaluationTable() {
    }

    /**
     * Looks up the category of one functional/dysfunctional answer pair.
     *
     * @param functional    answer to the functional question (attribute present)
     * @param dysfunctional answer to the dysfunctional question (attribute absent)
     * @return the Kano category of the pair
     */
    public static KanoCategory classify(KanoAnswer functional, KanoAnswer dysfunctional) {
        Objects.requireNonNull(functional, "functional");
        Objects.requireNonNull(dysfunctional, "dysfunctional");
        return TABLE[functional.code() - 1][dysfunctional.code() - 1];
    }
}
