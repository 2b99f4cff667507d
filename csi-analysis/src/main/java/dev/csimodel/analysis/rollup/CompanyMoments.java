package dev.csimodel.analysis.rollup;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.MomentAccumulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The respondents of a programme reduced to one {@link MomentAccumulator} per company, as a
 * one-pass engine (the Spark job, a streaming reader) produces them, with optional bootstrap
 * replicates of the same shape. A replicate is the same reduction with every respondent
 * carrying a random weight: the Poisson bootstrap of massive data (weights ~ Poisson(1),
 * Hanley and MacGibbon 2006; Chamandy, Muralidharan, Najmi and Naidu 2012), which needs no second
 * pass; it approximates resampling within companies, with company sizes that vary from replicate
 * to replicate.
 *
 * @param companies  each company's accumulator over the model's indicators, by company name
 * @param replicates the bootstrap replicates, each by company name (empty: no bootstrap)
 */
public record CompanyMoments(Map<String, MomentAccumulator> companies,
                             List<Map<String, MomentAccumulator>> replicates) {

    /**
     * Copies, keeping the iteration order of the caller's maps.
     *
     * @param companies each company's accumulator over the model's indicators, by company name
     * @param replicates the bootstrap replicates, each by company name (empty: no bootstrap)
     */
    public CompanyMoments {
        Arguments.requireNonNull(companies, "companies");
        Arguments.requireNonNull(replicates, "replicates");
        companies = ordered(companies);
        replicates = replicates.stream().map(CompanyMoments::ordered).toList();
    }

    /**
     * @param companies each company's accumulator, by company name
     * @return the moments without bootstrap replicates
     */
    public static CompanyMoments of(Map<String, MomentAccumulator> companies) {
        return new CompanyMoments(companies, List.of());
    }

    private static Map<String, MomentAccumulator> ordered(Map<String, MomentAccumulator> map) {
        Arguments.requireNonNull(map, "company moments");
        for (Map.Entry<String, MomentAccumulator> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new CsiSpecificationException("company moments hold a null company or accumulator");
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
