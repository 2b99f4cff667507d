package dev.csimodel.bootstrap;

/**
 * The types of mediation and non-mediation of Zhao, Lynch and Chen (2010, Journal of Consumer
 * Research 37, figure 2), from the significance of the indirect effect a·b and of the direct
 * effect c and the sign of a·b·c. Significance is judged by whether the bootstrap confidence
 * interval excludes zero (their recommended bootstrap test of a·b).
 */
public enum MediationType {
    /** a·b and c significant, a·b·c &gt; 0: mediation, with an omitted mediator in the same direction possible. */
    COMPLEMENTARY,
    /** a·b and c significant, a·b·c &lt; 0: mediation, with an omitted mediator in the direct path likely. */
    COMPETITIVE,
    /** a·b significant, c not (or no direct path in the model): indirect-only (full) mediation. */
    INDIRECT_ONLY,
    /** a·b not significant, c significant: no mediation, an omitted mediator likely. */
    DIRECT_ONLY,
    /** neither significant: no effect. */
    NO_EFFECT;

    /**
     * @param indirectSignificant whether the indirect effect's interval excludes zero
     * @param directSignificant   whether the direct effect's interval excludes zero (false without a direct path)
     * @param sameSign            whether the indirect and direct point estimates have the same sign
     * @return the type these imply
     */
    public static MediationType classify(boolean indirectSignificant, boolean directSignificant, boolean sameSign) {
        if (indirectSignificant) {
            return !directSignificant ? INDIRECT_ONLY : sameSign ? COMPLEMENTARY : COMPETITIVE;
        }
        return directSignificant ? DIRECT_ONLY : NO_EFFECT;
    }
}
