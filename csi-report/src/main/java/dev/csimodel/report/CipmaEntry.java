package dev.csimodel.report;

import dev.csimodel.models.nca.CombinedDriver;
import dev.csimodel.models.nca.CombinedIpma;

import java.util.List;

/**
 * The combined importance-performance map (cIPMA, Hauff et al. 2024) of the IPMA's target: per
 * driver its importance and performance, its NCA effect size and p-value, whether it is a
 * necessary condition, and what the target level requires of it.
 *
 * @param target        the target construct
 * @param targetLevel   the desired target level on its 0-100 score
 * @param ceiling       the ceiling used: "CE-FDH" or "CR-FDH"
 * @param minimumEffect the effect size from which a driver counts as necessary (0.1)
 * @param alpha         the significance level of the permutation test (0.05)
 * @param drivers       one entry per driver construct, model order
 */
public record CipmaEntry(String target, double targetLevel, String ceiling, double minimumEffect, double alpha,
                         List<DriverEntry> drivers) {

    /**
     * Validates the components.
     *
     * @param target the target construct
     * @param targetLevel the desired target level on its 0-100 score
     * @param ceiling the ceiling used: "CE-FDH" or "CR-FDH"
     * @param minimumEffect the effect size from which a driver counts as necessary (0.1)
     * @param alpha the significance level of the permutation test (0.05)
     * @param drivers one entry per driver construct, model order
     */
    public CipmaEntry {
        drivers = List.copyOf(drivers);
    }

    /**
     * @param c the combined importance-performance map
     * @return the report form of {@code c}
     */
    public static CipmaEntry of(CombinedIpma c) {
        return new CipmaEntry(c.target(), c.settings().targetLevel(), c.settings().ceiling().label(),
                c.settings().minimumEffect(), c.settings().alpha(), c.drivers().stream().map(DriverEntry::of).toList());
    }

    /**
     * One driver on the combined map.
     *
     * @param name        the driver construct
     * @param importance  its unstandardised total effect on the target (as in the IPMA)
     * @param performance its 0-100 index
     * @param effectSize  its NCA effect size d (of the cIPMA's ceiling)
     * @param pValue      the permutation p-value of d; null without a test
     * @param necessity   "necessary", "not necessary" or "untested" (d large enough, no test run)
     * @param status      at the target level: "NN", "required" or "NA"
     * @param required    the driver's 0-100 score the target level requires; null unless required
     * @param casesBelow  cases below the required score (0 for NN); null for NA
     * @param shareBelow  casesBelow / observations; null for NA
     */
    public record DriverEntry(String name, double importance, double performance, double effectSize, Double pValue,
                              String necessity, String status, Double required, Integer casesBelow,
                              Double shareBelow) {

        static DriverEntry of(CombinedDriver d) {
            return new DriverEntry(d.name(), d.importance(), d.performance(), d.effectSize(),
                    NcaEntry.value(d.pValue()), NcaEntry.lower(d.necessity().name()),
                    d.status().code() == null ? "required" : d.status().code(), NcaEntry.value(d.required()),
                    NcaEntry.count(d.casesBelow()), NcaEntry.value(d.shareBelow()));
        }
    }
}
