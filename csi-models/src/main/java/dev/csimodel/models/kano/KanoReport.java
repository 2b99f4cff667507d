package dev.csimodel.models.kano;

import dev.csimodel.CsiSpecificationException;
import java.util.List;

/**
 * Kano results of several attributes, in questionnaire order.
 *
 * <p>The constructor throws {@link CsiSpecificationException} if an attribute name repeats.
 *
 * @param results one result per attribute, attribute names unique
 */
public record KanoReport(List<KanoResult> results) {

    /**
     * Copies the results and requires distinct attribute names.
     * @param results one result per attribute, attribute names unique
     */
    public KanoReport {
        results = List.copyOf(results);
        List<String> names = results.stream().map(KanoResult::attribute).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw new CsiSpecificationException("Kano report has duplicate attribute names: " + names);
        }
    }

    /** @return the attribute names in order */
    public List<String> attributes() {
        return results.stream().map(KanoResult::attribute).toList();
    }

    /**
     * @param attribute an attribute's name
     * @return its result
     * @throws CsiSpecificationException if no result has that name
     */
    public KanoResult result(String attribute) {
        for (KanoResult r : results) {
            if (r.attribute().equals(attribute)) {
                return r;
            }
        }
        throw new CsiSpecificationException("unknown Kano attribute '" + attribute
                + "'; known: " + attributes());
    }
}
