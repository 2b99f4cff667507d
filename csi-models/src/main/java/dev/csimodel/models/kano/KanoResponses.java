package dev.csimodel.models.kano;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The validated answers of all respondents to the Kano question pair of one attribute.
 * Respondent {@code k} (numbered from 1 in messages) gave {@code functional().get(k - 1)} and
 * {@code dysfunctional().get(k - 1)}.
 *
 * <p>The constructor throws {@link CsiSpecificationException} if the attribute name is blank.
 * <p>The constructor throws {@link CsiDataException} if there are no respondents, the lists differ
 * in length or an answer is missing (message names attribute, respondent and question).
 *
 * @param attribute     the attribute's name, not blank
 * @param functional    answers to the functional question, one per respondent
 * @param dysfunctional answers to the dysfunctional question, same respondents in the same order
 */
public record KanoResponses(String attribute, List<KanoAnswer> functional,
        List<KanoAnswer> dysfunctional) {

    /**
     * Requires a non-blank attribute name and copies the answer lists.
     * @param attribute the attribute's name, not blank
     * @param functional answers to the functional question, one per respondent
     * @param dysfunctional answers to the dysfunctional question, same respondents in the same order
     */
    public KanoResponses {
        if (attribute == null || attribute.isBlank()) {
            throw new CsiSpecificationException("Kano attribute name must not be blank");
        }
        checkShape(attribute, functional == null ? -1 : functional.size(),
                dysfunctional == null ? -1 : dysfunctional.size());
        checkNoMissing(attribute, "functional", functional);
        checkNoMissing(attribute, "dysfunctional", dysfunctional);
        functional = List.copyOf(functional);
        dysfunctional = List.copyOf(dysfunctional);
    }

    /**
     * Builds the responses from questionnaire codes 1-5 (see {@link KanoAnswer#fromCode}).
     *
     * @param attribute     the attribute's name
     * @param functional    functional answer codes, one per respondent
     * @param dysfunctional dysfunctional answer codes, same respondents
     * @return the validated responses
     * @throws CsiDataException if a code is unknown (message names the attribute, the respondent
     *                          numbered from 1 and the question), or the arrays are empty or of
     *                          different lengths
     */
    public static KanoResponses fromCodes(String attribute, int[] functional, int[] dysfunctional) {
        checkShape(attribute, functional == null ? -1 : functional.length,
                dysfunctional == null ? -1 : dysfunctional.length);
        List<Integer> f = new ArrayList<>(functional.length);
        List<Integer> d = new ArrayList<>(dysfunctional.length);
        for (int k = 0; k < functional.length; k++) {
            f.add(functional[k]);
            d.add(dysfunctional[k]);
        }
        return new KanoResponses(attribute, convert(attribute, "functional", f, KanoAnswer::fromCode),
                convert(attribute, "dysfunctional", d, KanoAnswer::fromCode));
    }

    /**
     * Builds the responses from answer texts, codes or names (see {@link KanoAnswer#parse}).
     *
     * @param attribute     the attribute's name
     * @param functional    functional answers, one per respondent
     * @param dysfunctional dysfunctional answers, same respondents
     * @return the validated responses
     * @throws CsiDataException if an answer is unknown or missing (message names the attribute,
     *                          the respondent numbered from 1 and the question), or the lists are
     *                          empty or of different lengths
     */
    public static KanoResponses fromText(String attribute, List<String> functional,
            List<String> dysfunctional) {
        checkShape(attribute, functional == null ? -1 : functional.size(),
                dysfunctional == null ? -1 : dysfunctional.size());
        return new KanoResponses(attribute, convert(attribute, "functional", functional, KanoAnswer::parse),
                convert(attribute, "dysfunctional", dysfunctional, KanoAnswer::parse));
    }

    /** @return the number of respondents */
    public int size() {
        return functional.size();
    }

    /**
     * @param respondent respondent index from 0
     * @return the Kano category of that respondent's answer pair
     */
    public KanoCategory category(int respondent) {
        return KanoEvaluationTable.classify(functional.get(respondent), dysfunctional.get(respondent));
    }

    private static <T> List<KanoAnswer> convert(String attribute, String question, List<T> raw,
            Function<T, KanoAnswer> parser) {
        List<KanoAnswer> answers = new ArrayList<>(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            try {
                answers.add(parser.apply(raw.get(k)));
            } catch (CsiDataException e) {
                throw new CsiDataException("attribute '" + attribute + "', respondent " + (k + 1)
                        + ", " + question + " question: " + e.getMessage(), e);
            }
        }
        return answers;
    }

    private static void checkShape(String attribute, int functionalSize, int dysfunctionalSize) {
        if (functionalSize < 0 || dysfunctionalSize < 0) {
            throw new CsiDataException("attribute '" + attribute
                    + "': functional and dysfunctional answers are required (got null)");
        }
        if (functionalSize != dysfunctionalSize) {
            throw new CsiDataException("attribute '" + attribute + "': " + functionalSize
                    + " functional answers but " + dysfunctionalSize
                    + " dysfunctional answers; each respondent must answer both questions");
        }
        if (functionalSize == 0) {
            throw new CsiDataException("attribute '" + attribute + "' has no respondents");
        }
    }

    private static void checkNoMissing(String attribute, String question, List<KanoAnswer> answers) {
        for (int k = 0; k < answers.size(); k++) {
            if (answers.get(k) == null) {
                throw new CsiDataException("attribute '" + attribute + "', respondent " + (k + 1)
                        + ", " + question + " question: missing answer");
            }
        }
    }
}
