package dev.csimodel.analysis.rollup;

import dev.csimodel.CsiSpecificationException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The consistency rules of a {@link Hierarchy}, each failing with the culprit's name. */
final class HierarchyRules {

    private HierarchyRules() {
    }

    static void check(List<Company> companies, Map<String, Double> shares) {
        if (companies.isEmpty()) {
            throw new CsiSpecificationException("the hierarchy declares no company");
        }
        Set<String> names = new HashSet<>();
        Map<String, String> sectorOfIndustry = new HashMap<>();
        for (Company c : companies) {
            checkCompany(c, names, sectorOfIndustry);
        }
        checkShares(companies, shares);
    }

    private static void checkCompany(Company c, Set<String> names, Map<String, String> sectorOfIndustry) {
        requireName(c.name(), "a company");
        requireName(c.industry(), "the industry of company '" + c.name() + "'");
        requireName(c.sector(), "the sector of company '" + c.name() + "'");
        if (!names.add(c.name())) {
            throw new CsiSpecificationException("company '" + c.name() + "' is declared twice");
        }
        if (!(c.revenue() > 0) || Double.isInfinite(c.revenue())) {
            throw new CsiSpecificationException("company '" + c.name() + "' has revenue " + c.revenue()
                    + "; a revenue must be positive and finite (it weights the company in its industry)");
        }
        String before = sectorOfIndustry.putIfAbsent(c.industry(), c.sector());
        if (before != null && !before.equals(c.sector())) {
            throw new CsiSpecificationException("industry '" + c.industry() + "' is placed in sector '" + before
                    + "' and, for company '" + c.name() + "', in sector '" + c.sector() + "'");
        }
    }

    private static void checkShares(List<Company> companies, Map<String, Double> shares) {
        Set<String> used = new HashSet<>();
        for (Company c : companies) {
            used.add(c.sector());
            if (!shares.containsKey(c.sector())) {
                throw new CsiSpecificationException("sector '" + c.sector() + "' of company '" + c.name()
                        + "' has no GDP share");
            }
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            double share = e.getValue();
            if (!(share > 0 && share <= 1)) {
                throw new CsiSpecificationException("sector '" + e.getKey() + "' has GDP share " + share
                        + "; a share must lie in (0, 1]");
            }
            if (!used.contains(e.getKey())) {
                throw new CsiSpecificationException("sector '" + e.getKey() + "' has a GDP share but no company");
            }
            sum += share;
        }
        if (Math.abs(sum - 1) > Hierarchy.SHARE_TOLERANCE) {
            throw new CsiSpecificationException("the GDP shares of the sectors " + shares.keySet() + " sum to " + sum
                    + ", not 1");
        }
    }

    private static void requireName(String name, String what) {
        if (name.isBlank()) {
            throw new CsiSpecificationException(what + " has an empty name");
        }
    }
}
