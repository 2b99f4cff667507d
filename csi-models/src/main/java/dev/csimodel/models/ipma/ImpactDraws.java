package dev.csimodel.models.ipma;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Interval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bootstrap draws of the ACSI impacts on one target ({@link ImpactBootstrap#draws}), one
 * per used resample in resample order, and their percentile intervals. Immutable.
 */
public final class ImpactDraws {

    private final String target;
    private final Map<String, double[]> constructs;
    private final Map<String, double[]> indicators;
    private final double level;
    private final boolean withheld;

    ImpactDraws(String target, Map<String, double[]> constructs, Map<String, double[]> indicators, double level,
                boolean withheld) {
        this.target = target;
        // insertion order is the drivers' order
        this.constructs = Collections.unmodifiableMap(new LinkedHashMap<>(constructs));
        this.indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        this.level = level;
        this.withheld = withheld;
    }

    /** @return the target construct */
    public String target() {
        return target;
    }

    /** @return the driver constructs, in the order of {@link ImportancePerformance#drivers()} */
    public List<String> drivers() {
        return List.copyOf(constructs.keySet());
    }

    /**
     * @return the impact of driver construct {@code driver} in every used resample
     * @param driver a driver construct of the target
     */
    public double[] construct(String driver) {
        return lookup(constructs, driver).clone();
    }

    /**
     * @return the impact of indicator {@code indicator} in every used resample
     * @param indicator an indicator of a driver construct
     */
    public double[] indicator(String indicator) {
        return lookup(indicators, indicator).clone();
    }

    /**
     * @return the percentile interval (Hyndman and Fan type 7 quantiles, {@link Interval#percentile})
     *         of the driver's impact; empty when the bootstrap withheld its intervals
     * @param driver a driver construct of the target
     */
    public Optional<Interval> constructInterval(String driver) {
        return interval(lookup(constructs, driver));
    }

    /**
     * @return the percentile interval of the indicator's impact; empty when withheld
     * @param indicator an indicator of a driver construct
     */
    public Optional<Interval> indicatorInterval(String indicator) {
        return interval(lookup(indicators, indicator));
    }

    private Optional<Interval> interval(double[] draws) {
        return withheld || draws.length < 2 ? Optional.empty() : Optional.of(Interval.percentile(draws, level));
    }

    private double[] lookup(Map<String, double[]> map, String name) {
        Arguments.requireNonNull(name, "name");
        double[] v = map.get(name);
        if (v == null) {
            throw new CsiSpecificationException("no impact of '" + name + "' on '" + target + "'; the drivers are "
                    + drivers());
        }
        return v;
    }
}
