package dev.csimodel.models.ipma;

import dev.csimodel.Arguments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "What to fix first": the drivers of a target ranked by impact, largest first, each flagged when
 * its performance is below the mean performance of the drivers. A flagged driver near the top
 * has a large impact and a low performance, the "concentrate here" cell of the importance-
 * performance map; the mean line is the one Ringle and Sarstedt (2016, section 3) and
 * Martilla and James (1977) draw. Ties in impact rank the lower performance first, then model
 * order. Immutable.
 */
public final class PriorityList {

    private final String target;
    private final double meanPerformance;
    private final List<Priority> priorities;

    private PriorityList(String target, double meanPerformance, List<Priority> priorities) {
        this.target = target;
        this.meanPerformance = meanPerformance;
        this.priorities = List.copyOf(priorities);
    }

    /**
     * @param ipma the importance-performance map of the target (constructs or indicators)
     * @return the priority list of the drivers of {@code ipma}
     */
    public static PriorityList of(ImportancePerformance ipma) {
        Arguments.requireNonNull(ipma, "ipma");
        List<Driver> drivers = ipma.drivers();
        double mean = drivers.stream().mapToDouble(Driver::performance).sum() / drivers.size();
        List<Driver> ranked = new ArrayList<>(drivers);
        // List.sort is stable: equal impact and performance keep model order
        ranked.sort(Comparator.comparingDouble(Driver::impact).reversed()
                .thenComparingDouble(Driver::performance));
        List<Priority> out = new ArrayList<>();
        for (int k = 0; k < ranked.size(); k++) {
            out.add(new Priority(k + 1, ranked.get(k), ranked.get(k).performance() < mean));
        }
        return new PriorityList(ipma.target(), mean, out);
    }

    /** @return the target construct */
    public String target() {
        return target;
    }

    /** @return the mean performance of the drivers, the flagging line */
    public double meanPerformance() {
        return meanPerformance;
    }

    /** @return every driver, largest impact first */
    public List<Priority> priorities() {
        return priorities;
    }

    /** @return the flagged drivers (performance below the mean), largest impact first */
    public List<Priority> flagged() {
        return priorities.stream().filter(Priority::belowMeanPerformance).toList();
    }
}
