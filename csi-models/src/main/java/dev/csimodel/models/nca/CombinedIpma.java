package dev.csimodel.models.nca;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.ipma.Driver;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The combined importance-performance map analysis (cIPMA; Hauff, Richter, Sarstedt and Ringle
 * 2024, "Importance and performance in PLS-SEM and NCA: introducing the combined
 * importance-performance map analysis (cIPMA)", Journal of Retailing and Consumer Services 78,
 * 103723): each driver's IPMA importance (its unstandardised total effect on the target) and
 * performance (its 0-100 index), plus its necessity from an NCA on the same 0-100 scores, and,
 * for a desired target level {@code y*}, the driver level the ceiling requires
 * ({@code c⁻¹(y*)}, the bottleneck table's row at {@code y*}) and the share of cases below it.
 * Immutable.
 */
public final class CombinedIpma {

    private final String target;
    private final CipmaSettings settings;
    private final List<CombinedDriver> drivers;
    private final NcaResult nca;

    private CombinedIpma(String target, CipmaSettings settings, List<CombinedDriver> drivers, NcaResult nca) {
        this.target = target;
        this.settings = settings;
        this.drivers = List.copyOf(drivers);
        this.nca = nca;
    }

    /**
     * The cIPMA of the constructs driving {@code target}: IPMA of {@code fit}, NCA of the
     * respondents' 0-100 scores of {@code data}.
     *
     * @param data the rows to score, without missing values (e.g. the rows the fit used)
     * @param fit the PLS estimate
     * @param scales the indicators' response scales, for the 0-100 scores
     * @param target the target construct
     * @param nca the NCA settings (permutations, seed, scope)
     * @param settings the cIPMA settings (ceiling, target level, thresholds of necessity)
     * @return one entry per driver of {@code target}, in model order
     * @throws CsiSpecificationException naming the target if it is unknown or has no predecessor
     * @throws CsiDataException          naming a construct whose scores do not vary
     */
    public static CombinedIpma constructs(PlsResult fit, IndicatorScales scales, DataTable data, String target,
                                          NcaSettings nca, CipmaSettings settings) {
        Arguments.requireNonNull(fit, "fit");
        Arguments.requireNonNull(data, "data");
        ImportancePerformance ipma = ImportancePerformance.constructs(fit, scales, target);
        ConstructScores scores = CsiIndex.of(fit, scales, data).respondents()
                .orElseThrow(() -> new CsiDataException("no construct has a 0-100 score: NCA is undefined"));
        NcaResult result = NecessityAnalysis.of(scores, target, ipma.drivers().stream().map(Driver::name).toList(), nca);
        return of(ipma, result, scores, settings);
    }

    /**
     * Combines an IPMA with the NCA of the same target.
     *
     * @param scores the 0-100 scores the NCA was computed on (the cases counted below a level)
     * @param ipma the importance-performance map of the target
     * @param nca the NCA of the same target and drivers
     * @param settings the cIPMA settings (ceiling, target level, thresholds of necessity)
     * @return one entry per driver of the IPMA, in its order
     * @throws CsiSpecificationException if the NCA is of another target or lacks a driver
     */
    public static CombinedIpma of(ImportancePerformance ipma, NcaResult nca, ConstructScores scores,
                                  CipmaSettings settings) {
        Arguments.requireNonNull(ipma, "ipma");
        Arguments.requireNonNull(nca, "nca");
        Arguments.requireNonNull(scores, "scores");
        Arguments.requireNonNull(settings, "settings");
        if (!ipma.target().equals(nca.outcome())) {
            throw new CsiSpecificationException("the IPMA is of '" + ipma.target() + "' but the NCA of '"
                    + nca.outcome() + "'");
        }
        List<CombinedDriver> out = new ArrayList<>();
        for (Driver d : ipma.drivers()) {
            out.add(combine(d, nca.condition(d.name()), scores.column(d.name()), settings));
        }
        return new CombinedIpma(ipma.target(), settings, out, nca);
    }

    private static CombinedDriver combine(Driver d, Condition c, double[] x, CipmaSettings s) {
        CeilingFit fit = c.fit(s.ceiling());
        double y = s.targetLevel();
        BottleneckStep step = Bottleneck.step(y, y, fit.ceiling().requiredX(y), c.scope(), x, BottleneckUnit.ACTUAL);
        OptionalDouble share = step.casesBelow().isPresent()
                ? OptionalDouble.of((double) step.casesBelow().getAsInt() / x.length) : OptionalDouble.empty();
        return new CombinedDriver(d.name(), d.importance(), d.performance(), fit.effectSize(), fit.pValue(),
                necessity(fit, s), step.status(), step.requiredScore(), step.casesBelow(), share);
    }

    private static Necessity necessity(CeilingFit fit, CipmaSettings s) {
        if (fit.effectSize() < s.minimumEffect()) {
            return Necessity.NOT_NECESSARY;
        }
        if (fit.pValue().isEmpty()) {
            return Necessity.UNTESTED;
        }
        return fit.pValue().getAsDouble() < s.alpha() ? Necessity.NECESSARY : Necessity.NOT_NECESSARY;
    }

    /** @return the target construct */
    public String target() {
        return target;
    }

    /** @return the settings used */
    public CipmaSettings settings() {
        return settings;
    }

    /** @return the drivers in model order */
    public List<CombinedDriver> drivers() {
        return drivers;
    }

    /**
     * @param name the driver's name
     * @return that driver's entry
     * @throws CsiSpecificationException naming the driver if there is none of that name
     */
    public CombinedDriver driver(String name) {
        Arguments.requireNonNull(name, "name");
        return drivers.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("no driver '" + name + "' of target '" + target
                        + "'; the drivers are " + drivers.stream().map(CombinedDriver::name).toList()));
    }

    /** @return the drivers that are necessary conditions, model order */
    public List<CombinedDriver> necessary() {
        return drivers.stream().filter(d -> d.necessity() == Necessity.NECESSARY).toList();
    }

    /** @return the NCA the necessity comes from */
    public NcaResult nca() {
        return nca;
    }
}
