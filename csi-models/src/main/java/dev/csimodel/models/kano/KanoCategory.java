package dev.csimodel.models.kano;

/**
 * Kano category of an attribute for one respondent (Kano et al. 1984; letters as in Berger et
 * al. 1993).
 */
public enum KanoCategory {
    /** A: delights when present, not missed when absent. */
    ATTRACTIVE('A'),
    /** O: satisfaction rises with fulfilment, dissatisfaction with its absence. */
    ONE_DIMENSIONAL('O'),
    /** M: taken for granted; its absence dissatisfies, its presence does not delight. */
    MUST_BE('M'),
    /** I: the respondent does not care either way. */
    INDIFFERENT('I'),
    /** R: the respondent wants the opposite of what the attribute was assumed to mean. */
    REVERSE('R'),
    /** Q: the answer pair contradicts itself (e.g. likes both presence and absence). */
    QUESTIONABLE('Q');

    private final char letter;

    KanoCategory(char letter) {
        this.letter = letter;
    }

    /** @return the one-letter code used in Kano tables: A, O, M, I, R or Q */
    public char letter() {
        return letter;
    }
}
