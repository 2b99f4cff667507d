package dev.csimodel.report;

import dev.csimodel.models.nca.BottleneckStep;
import dev.csimodel.models.nca.BottleneckUnit;
import dev.csimodel.models.nca.CeilingFit;
import dev.csimodel.models.nca.Condition;
import dev.csimodel.models.nca.LineCeiling;
import dev.csimodel.models.nca.NcaResult;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The necessary condition analysis of the IPMA's target (Dul 2016): each driver's CE-FDH and
 * CR-FDH ceiling on the 0-100 scores, with its effect size, accuracy, permutation p-value and
 * bottleneck table, as {@link NcaResult} holds them.
 *
 * @param outcome       the target construct
 * @param scope         "empirical" or "theoretical"
 * @param permutations  the permutations of the test of d; 0 when no test was run
 * @param seed          the seed of the permutations
 * @param outcomeUnit   how bottleneck outcome levels are stated: "percentage of range" or "actual"
 * @param conditionUnit how bottleneck condition levels are stated
 * @param conditions    one entry per driver construct, model order
 */
public record NcaEntry(String outcome, String scope, int permutations, long seed, String outcomeUnit,
                       String conditionUnit, List<ConditionEntry> conditions) {

    /**
     * Validates the components.
     *
     * @param outcome the target construct
     * @param scope "empirical" or "theoretical"
     * @param permutations the permutations of the test of d; 0 when no test was run
     * @param seed the seed of the permutations
     * @param outcomeUnit how bottleneck outcome levels are stated: "percentage of range" or "actual"
     * @param conditionUnit how bottleneck condition levels are stated
     * @param conditions one entry per driver construct, model order
     */
    public NcaEntry {
        conditions = List.copyOf(conditions);
    }

    /**
     * @param r the NCA of the target's drivers
     * @return the report form of {@code r}
     */
    public static NcaEntry of(NcaResult r) {
        return new NcaEntry(r.outcome(), lower(r.settings().scope().name()), r.settings().permutations(),
                r.settings().seed(), unit(r.settings().outcomeUnit()), unit(r.settings().conditionUnit()),
                r.conditions().stream().map(ConditionEntry::of).toList());
    }

    /**
     * One condition (driver) with its scope and ceilings.
     *
     * @param name         the driver construct
     * @param observations the cases
     * @param xLow         the scope's lowest driver score
     * @param xHigh        the scope's highest driver score
     * @param yLow         the scope's lowest target score
     * @param yHigh        the scope's highest target score
     * @param peers        the number of distinct CE-FDH peers
     * @param ceilings     CE-FDH then CR-FDH
     */
    public record ConditionEntry(String name, int observations, double xLow, double xHigh, double yLow, double yHigh,
                                 int peers, List<CeilingEntry> ceilings) {

        /**
         * Validates the components.
         *
         * @param name the driver construct
         * @param observations the cases
         * @param xLow the scope's lowest driver score
         * @param xHigh the scope's highest driver score
         * @param yLow the scope's lowest target score
         * @param yHigh the scope's highest target score
         * @param peers the number of distinct CE-FDH peers
         * @param ceilings CE-FDH then CR-FDH
         */
        public ConditionEntry {
            ceilings = List.copyOf(ceilings);
        }

        static ConditionEntry of(Condition c) {
            return new ConditionEntry(c.name(), c.observations(), c.scope().xLow(), c.scope().xHigh(), c.scope().yLow(),
                    c.scope().yHigh(), c.peers().size(), List.of(CeilingEntry.of(c.ceFdh()), CeilingEntry.of(c.crFdh())));
        }
    }

    /**
     * One ceiling of one condition.
     *
     * @param method     "CE-FDH" or "CR-FDH"
     * @param zone       the ceiling zone (area of the scope above the ceiling)
     * @param effectSize d = zone / scope area
     * @param magnitude  Dul's (2016) class of d: "none", "small", "medium", "large", "very large"
     * @param accuracy   percentage of cases on or below the ceiling
     * @param intercept  the CR-FDH line's intercept; null for CE-FDH
     * @param slope      the CR-FDH line's slope; null for CE-FDH
     * @param pValue     the permutation p-value of d; null without a test
     * @param pAccuracy  its 95% margin; null without a test
     * @param bottleneck the bottleneck rows, outcome levels ascending
     */
    public record CeilingEntry(String method, double zone, double effectSize, String magnitude, double accuracy,
                               Double intercept, Double slope, Double pValue, Double pAccuracy,
                               List<BottleneckEntry> bottleneck) {

        /**
         * Validates the components.
         *
         * @param method "CE-FDH" or "CR-FDH"
         * @param zone the ceiling zone (area of the scope above the ceiling)
         * @param effectSize d = zone / scope area
         * @param magnitude Dul's (2016) class of d: "none", "small", "medium", "large", "very large"
         * @param accuracy percentage of cases on or below the ceiling
         * @param intercept the CR-FDH line's intercept; null for CE-FDH
         * @param slope the CR-FDH line's slope; null for CE-FDH
         * @param pValue the permutation p-value of d; null without a test
         * @param pAccuracy its 95% margin; null without a test
         * @param bottleneck the bottleneck rows, outcome levels ascending
         */
        public CeilingEntry {
            bottleneck = List.copyOf(bottleneck);
        }

        static CeilingEntry of(CeilingFit f) {
            LineCeiling line = f.ceiling() instanceof LineCeiling l ? l : null;
            return new CeilingEntry(f.method().label(), f.zone(), f.effectSize(), f.magnitude().label(), f.accuracy(),
                    line == null ? null : line.intercept(), line == null ? null : line.slope(),
                    value(f.pValue()), value(f.pAccuracy()), f.bottleneck().stream().map(BottleneckEntry::of).toList());
        }
    }

    /**
     * One bottleneck row.
     *
     * @param outcomeLevel  the target level as the table states it
     * @param outcome       the target level on its 0-100 score
     * @param status        "NN" (not necessary), "required" or "NA" (not attained in the scope)
     * @param required      the required driver level as the table states it; null unless required
     * @param requiredScore the required driver level on its 0-100 score; null unless required
     * @param casesBelow    cases whose driver score is below the required level; null for NA
     */
    public record BottleneckEntry(double outcomeLevel, double outcome, String status, Double required,
                                  Double requiredScore, Integer casesBelow) {

        static BottleneckEntry of(BottleneckStep s) {
            String status = s.status().code() == null ? "required" : s.status().code();
            return new BottleneckEntry(s.outcomeLevel(), s.outcome(), status, value(s.required()),
                    value(s.requiredScore()), count(s.casesBelow()));
        }
    }

    static Double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    static Integer count(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    private static String unit(BottleneckUnit u) {
        return u == BottleneckUnit.ACTUAL ? "actual" : "percentage of range";
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
