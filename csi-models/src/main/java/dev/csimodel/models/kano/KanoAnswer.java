package dev.csimodel.models.kano;

import dev.csimodel.CsiDataException;
import java.util.Locale;

/**
 * One answer to a Kano question (functional: "if the product has the attribute, how do you
 * feel?"; dysfunctional: "if it does not have it?"). The five answers and their codes 1-5 follow
 * the order of Berger et al. (1993): 1 I like it, 2 it must be that way, 3 I am neutral, 4 I can
 * live with it, 5 I dislike it.
 */
public enum KanoAnswer {
    /** Code 1: "I like it that way". */
    LIKE(1),
    /** Code 2: "It must be that way". */
    MUST_BE(2),
    /** Code 3: "I am neutral". */
    NEUTRAL(3),
    /** Code 4: "I can live with it that way". */
    LIVE_WITH(4),
    /** Code 5: "I dislike it that way". */
    DISLIKE(5);

    private final int code;

    KanoAnswer(int code) {
        this.code = code;
    }

    /** @return the questionnaire code of this answer, 1 (like) to 5 (dislike) */
    public int code() {
        return code;
    }

    /**
     * The answer with the given questionnaire code.
     *
     * @param code 1 (like) to 5 (dislike)
     * @return the answer
     * @throws CsiDataException if the code is not in 1-5
     */
    public static KanoAnswer fromCode(int code) {
        for (KanoAnswer answer : values()) {
            if (answer.code == code) {
                return answer;
            }
        }
        throw new CsiDataException("unknown Kano answer code " + code
                + "; expected 1 (LIKE), 2 (MUST_BE), 3 (NEUTRAL), 4 (LIVE_WITH) or 5 (DISLIKE)");
    }

    /**
     * Parses an answer from its code ("1".."5") or its name, ignoring case, surrounding blanks
     * and the separator between words ("must-be", "Must be", "MUST_BE", "live with" are all
     * accepted).
     *
     * @param text the code or name
     * @return the answer
     * @throws CsiDataException if the text is null or names no answer
     */
    public static KanoAnswer parse(String text) {
        if (text == null) {
            throw new CsiDataException("missing Kano answer (null)");
        }
        String trimmed = text.strip();
        if (trimmed.length() == 1 && Character.isDigit(trimmed.charAt(0))) {
            return fromCode(trimmed.charAt(0) - '0');
        }
        String normalised = trimmed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_]+", "_");
        for (KanoAnswer answer : values()) {
            if (answer.name().equals(normalised)) {
                return answer;
            }
        }
        throw new CsiDataException("unknown Kano answer '" + text
                + "'; expected a code 1-5 or one of LIKE, MUST_BE, NEUTRAL, LIVE_WITH, DISLIKE");
    }
}
