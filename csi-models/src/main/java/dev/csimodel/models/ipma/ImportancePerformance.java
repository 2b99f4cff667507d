package dev.csimodel.models.ipma;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndexWeights;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.result.Effect;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Importance-performance map analysis of a target construct (Ringle and Sarstedt 2016,
 * "Gain more insight from your PLS-SEM results: the importance-performance map analysis",
 * Industrial Management &amp; Data Systems 116(9)). Immutable.
 *
 * <p><b>Constructs.</b> The drivers are the constructs with a direct or indirect path to the
 * target. Performance is the driver's 0-100 index ({@link CsiIndex}). Importance is the
 * unstandardised total effect on the target: the total effect that OLS regressions on the
 * 0-100 construct scores would give. Those scores are {@code η* = c·η + const} with
 * {@code c = 100 / Σ_block u_j R_j} ({@link IndexWeights#scoreScale}), the population SD of
 * η*, since the standardised score η has unit variance; effects are therefore exactly
 * {@code T*(d → t) = T(d → t) · c_t / c_d} with T the standardised total effect ((I − B)⁻¹ − I,
 * Alwin and Hauser 1975). "Raising driver d by one point on 0-100 raises the target by T*
 * points."
 *
 * <p><b>Indicators.</b> The drivers are the indicators of the driver constructs. Performance is
 * the indicator's mean on 0-100; importance is {@code v_i · T*(d → t)} with {@code v_i} the
 * index weight of the indicator in its block (the weight of the 0-100 item in η*_d).
 *
 * <p>Importances may also be given by the user ({@link #of}, {@link #withImportance}).
 */
public final class ImportancePerformance {

    /** The driver increase, in 0-100 points, that an ACSI impact is quoted for ({@link Driver#impact}). */
    public static final double IMPACT_POINTS = 5;

    private final String target;
    private final List<Driver> drivers;

    private ImportancePerformance(String target, List<Driver> drivers) {
        if (drivers.isEmpty()) {
            throw new CsiSpecificationException("target '" + target + "' has no drivers");
        }
        Set<String> names = new HashSet<>();
        for (Driver d : drivers) {
            if (!names.add(d.name())) {
                throw new CsiSpecificationException("driver '" + d.name() + "' is listed twice");
            }
        }
        this.target = target;
        this.drivers = List.copyOf(drivers);
    }

    /**
     * The constructs driving {@code target}, with unstandardised total effects as importance.
     *
     * @param fit the PLS estimate
     * @param scales the indicators' response scales, for the 0-100 performances
     * @param target the target construct
     * @return one driver per predecessor of {@code target} (direct or indirect), in model order
     * @throws CsiSpecificationException naming the target if it is unknown or has no
     *                                   predecessor
     * @throws dev.csimodel.CsiEstimationException naming an indicator with a non-positive weight
     */
    public static ImportancePerformance constructs(PlsResult fit, IndicatorScales scales, String target) {
        Arguments.requireNonNull(fit, "fit");
        Arguments.requireNonNull(scales, "scales");
        Arguments.requireNonNull(target, "target");
        CsiIndex index = CsiIndex.of(fit, scales);
        List<Driver> out = new ArrayList<>();
        for (String d : driverConstructs(fit, target)) {
            out.add(new Driver(d, importance(fit, index.weights(), d, target), index.requireIndex(d)));
        }
        return new ImportancePerformance(target, out);
    }

    /**
     * The indicators of the constructs driving {@code target}; importance {@code v_i · T*}.
     *
     * @param fit the PLS estimate
     * @param scales the indicators' response scales, for the 0-100 performances
     * @param target the target construct
     * @return one driver per indicator of the constructs driving {@code target}, in model order
     * @throws CsiSpecificationException naming the target if it is unknown or has no
     *                                   predecessor
     */
    public static ImportancePerformance indicators(PlsResult fit, IndicatorScales scales, String target) {
        Arguments.requireNonNull(fit, "fit");
        Arguments.requireNonNull(scales, "scales");
        Arguments.requireNonNull(target, "target");
        CsiIndex index = CsiIndex.of(fit, scales);
        PathModel model = fit.model();
        List<Driver> out = new ArrayList<>();
        for (String d : driverConstructs(fit, target)) {
            double total = importance(fit, index.weights(), d, target);
            for (String ind : model.construct(d).indicators()) {
                out.add(new Driver(ind, index.weights().weight(ind) * total, index.indicatorPerformance(ind)));
            }
        }
        return new ImportancePerformance(target, out);
    }

    /**
     * User-given drivers of {@code target} (names unique, at least one).
     *
     * @param target the target construct
     * @param drivers the drivers, with their importance and 0-100 performance
     * @return the analysis of the given drivers
     */
    public static ImportancePerformance of(String target, List<Driver> drivers) {
        Arguments.requireNonNull(target, "target");
        Arguments.requireNonNull(drivers, "drivers");
        if (target == null || target.isBlank()) {
            throw new CsiSpecificationException("the target name is empty");
        }
        return new ImportancePerformance(target, drivers);
    }

    /**
     * The default target of the analysis: among the final endogenous constructs (endogenous,
     * with no successor) the one with the most direct predecessors, the last in model order on a
     * tie. A predefined national model's target is its satisfaction construct instead
     * ({@link dev.csimodel.models.national.IndexModel#satisfaction}).
     *
     * @param model the path model
     * @return the target; empty for a model without structural paths
     */
    public static Optional<String> defaultTarget(PathModel model) {
        Arguments.requireNonNull(model, "model");
        String best = null;
        for (String c : model.constructNames()) {
            boolean last = model.isEndogenous(c) && model.successors(c).isEmpty();
            if (last && (best == null || model.predecessors(c).size() >= model.predecessors(best).size())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return the drivers ranked by impact, those performing below the drivers' mean flagged */
    public PriorityList priorities() {
        return PriorityList.of(this);
    }

    private static List<String> driverConstructs(PlsResult fit, String target) {
        fit.model().indexOf(target);
        List<String> out = fit.effects().stream().filter(e -> e.to().equals(target)).map(Effect::from).toList();
        if (out.isEmpty()) {
            throw new CsiSpecificationException("construct '" + target
                    + "' has no predecessor: it has no drivers to analyse");
        }
        return out;
    }

    private static double importance(PlsResult fit, IndexWeights w, String driver, String target) {
        return fit.effect(driver, target).total() * w.scoreScale(target) / w.scoreScale(driver);
    }

    /** @return the target construct */
    public String target() {
        return target;
    }

    /** @return the drivers in model order */
    public List<Driver> drivers() {
        return drivers;
    }

    /**
     * @param name the driver's name (a construct or an indicator)
     * @return the driver of that name
     * @throws CsiSpecificationException naming the driver if there is none of that name
     */
    public Driver driver(String name) {
        Arguments.requireNonNull(name, "name");
        return drivers.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("no driver '" + name + "' of target '" + target
                        + "'; the drivers are " + drivers.stream().map(Driver::name).toList()));
    }

    /**
     * @param name the driver's name (a construct or an indicator)
     * @param importance the new importance
     * @return this analysis with the importance of driver {@code name} replaced
     */
    public ImportancePerformance withImportance(String name, double importance) {
        Driver old = driver(name);
        List<Driver> out = new ArrayList<>(drivers);
        out.set(drivers.indexOf(old), new Driver(name, importance, old.performance()));
        return new ImportancePerformance(target, out);
    }

    /** @return the map with lines at the drivers' mean importance and mean performance */
    public QuadrantMap classify() {
        return classify(Thresholds.mean());
    }

    /**
     * @param thresholds where the quadrant lines lie (means, medians or given values)
     * @return the drivers placed in quadrants by {@code thresholds}
     */
    public QuadrantMap classify(Thresholds thresholds) {
        double[] imp = drivers.stream().mapToDouble(Driver::importance).toArray();
        double[] perf = drivers.stream().mapToDouble(Driver::performance).toArray();
        double ti = thresholds.importance().resolve(imp);
        double tp = thresholds.performance().resolve(perf);
        List<Placement> placements = new ArrayList<>();
        for (Driver d : drivers) {
            placements.add(new Placement(d, Quadrant.of(d.importance() >= ti, d.performance() >= tp)));
        }
        return new QuadrantMap(target, thresholds, ti, tp, placements);
    }
}
