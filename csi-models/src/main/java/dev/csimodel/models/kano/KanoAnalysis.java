package dev.csimodel.models.kano;

import dev.csimodel.CsiSpecificationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies attributes with the Kano evaluation table (Kano et al. 1984; Berger et al. 1993):
 * each respondent's functional/dysfunctional answer pair is looked up in
 * {@link KanoEvaluationTable}, the categories are counted per attribute, and the result gives the
 * dominant category and the Better/Worse coefficients.
 */
public final class KanoAnalysis {

    private KanoAnalysis() {
    }

    /**
     * Classifies one attribute.
     *
     * @param responses the validated answers of the attribute
     * @return counts, dominant category, Better and Worse
     */
    public static KanoResult analyze(KanoResponses responses) {
        return new KanoResult(responses.attribute(), KanoCounts.of(responses));
    }

    /**
     * Classifies several attributes.
     *
     * @param attributes the answers per attribute, attribute names unique
     * @return one result per attribute, in the given order
     * @throws CsiSpecificationException if the list is empty or an attribute name repeats
     */
    public static KanoReport analyzeAll(List<KanoResponses> attributes) {
        if (attributes.isEmpty()) {
            throw new CsiSpecificationException("Kano analysis needs at least one attribute");
        }
        Set<String> seen = new HashSet<>();
        List<KanoResult> results = new ArrayList<>(attributes.size());
        for (KanoResponses responses : attributes) {
            if (!seen.add(responses.attribute())) {
                throw new CsiSpecificationException("duplicate Kano attribute '"
                        + responses.attribute() + "'");
            }
            results.add(analyze(responses));
        }
        return new KanoReport(results);
    }
}
