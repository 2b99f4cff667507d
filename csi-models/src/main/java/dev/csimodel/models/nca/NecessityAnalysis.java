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
 * Necessary condition analysis (Dul 2016) of conditions X for an outcome Y, on PLS construct
 * scores as Richter et al. (2020) propose: for each X the CE-FDH and CR-FDH ceilings, the ceiling
 * zones within the scope, the effect sizes {@code d = zone / scope}, the ceiling accuracy, the
 * bottleneck tables and, with {@link NcaSettings#permutations} &gt; 0, the permutation p-values.
 *
 * <p>The scope is empirical by default (Dul 2016: the observed ranges of X and Y; the NCA
 * package's default), or the theoretical 0-100 square of the rescaled scores
 * ({@link ScopeKind#THEORETICAL}). Cases are unweighted.
 */
public final class NecessityAnalysis {

    private NecessityAnalysis() {
    }

    /**
     * The NCA of the constructs driving {@code target} (those of
     * {@link ImportancePerformance#constructs}, model order) on the respondents' 0-100 scores
     * ({@link CsiIndex#of(PlsResult, IndicatorScales, DataTable)}), the scores the IPMA reads.
     *
     * @param data the rows to score, without missing values (e.g. the rows the fit used)
     * @param fit the PLS estimate
     * @param scales the indicators' response scales, for the 0-100 scores
     * @param target the outcome construct
     * @param settings permutations, seed, scope and bottleneck steps
     * @return the NCA of each driver of {@code target}, in model order
     * @throws CsiSpecificationException naming the target if it is unknown or has no predecessor
     * @throws CsiDataException          naming the construct whose scores do not vary, or an
     *                                   indicator cell outside its scale
     */
    public static NcaResult constructs(PlsResult fit, IndicatorScales scales, DataTable data, String target,
                                       NcaSettings settings) {
        Arguments.requireNonNull(fit, "fit");
        Arguments.requireNonNull(data, "data");
        ImportancePerformance ipma = ImportancePerformance.constructs(fit, scales, target);
        ConstructScores scores = CsiIndex.of(fit, scales, data).respondents()
                .orElseThrow(() -> new CsiDataException("no construct has a 0-100 score: NCA is undefined"));
        return of(scores, target, ipma.drivers().stream().map(Driver::name).toList(), settings);
    }

    /**
     * The NCA of {@code conditions} for {@code outcome}, all columns of {@code scores}.
     *
     * @param scores the cases' scores, one column per construct
     * @param outcome the outcome column of {@code scores}
     * @param conditions the condition columns of {@code scores}, in the order reported
     * @param settings permutations, seed, scope and bottleneck steps
     * @return the NCA of each condition, in the given order
     * @throws CsiSpecificationException naming an unknown construct, or for no condition
     * @throws CsiDataException          naming the construct and row of a non-finite score, or the
     *                                   construct whose scores do not vary (zero scope: d undefined)
     */
    public static NcaResult of(ConstructScores scores, String outcome, List<String> conditions, NcaSettings settings) {
        Arguments.requireNonNull(scores, "scores");
        Arguments.requireNonNull(outcome, "outcome");
        Arguments.requireNonNull(conditions, "conditions");
        Arguments.requireNonNull(settings, "settings");
        if (conditions.isEmpty()) {
            throw new CsiSpecificationException("NCA of '" + outcome + "' needs at least one condition");
        }
        double[] y = finite(scores, outcome);
        List<SortedCases> cases = new ArrayList<>();
        List<NcaScope> scopes = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        for (String c : conditions) {
            double[] x = finite(scores, c);
            NcaScope scope = NcaScope.of(settings.scope(), x, y);
            requireSpread(scope, c, outcome);
            xs.add(x);
            cases.add(SortedCases.of(x));
            scopes.add(scope);
        }
        List<Condition> out = new ArrayList<>();
        for (int k = 0; k < conditions.size(); k++) {
            out.add(condition(conditions.get(k), cases.get(k), scopes.get(k), xs.get(k), y, settings));
        }
        return new NcaResult(outcome, settings.tested() ? tested(out, cases, scopes, y, settings) : out, settings);
    }

    private static Condition condition(String name, SortedCases cases, NcaScope scope, double[] x, double[] y,
                                       NcaSettings settings) {
        double[][] peers = cases.peers(y);
        StepCeiling step = StepCeiling.of(peers);
        LineCeiling line = LineCeiling.of(peers);
        double accuracy = 100.0 * (x.length - line.above(x, y)) / x.length;
        return new Condition(name, x.length, scope, step.peers(), fit(step, 100, scope, x, settings),
                fit(line, accuracy, scope, x, settings));
    }

    private static CeilingFit fit(Ceiling ceiling, double accuracy, NcaScope scope, double[] x, NcaSettings settings) {
        double zone = ceiling.zone(scope);
        return new CeilingFit(ceiling, zone, zone / scope.area(), accuracy, OptionalDouble.empty(),
                OptionalDouble.empty(), Bottleneck.table(ceiling, scope, x, settings));
    }

    private static List<Condition> tested(List<Condition> conditions, List<SortedCases> cases, List<NcaScope> scopes,
                                          double[] y, NcaSettings settings) {
        double[][] observed = PermutationTest.effects(cases, scopes, y);
        double[][] p = PermutationTest.pValues(cases, scopes, y, observed, settings);
        int n = settings.permutations();
        List<Condition> out = new ArrayList<>();
        for (int k = 0; k < conditions.size(); k++) {
            Condition c = conditions.get(k);
            out.add(new Condition(c.name(), c.observations(), c.scope(), c.peers(),
                    c.ceFdh().withTest(p[k][0], PermutationTest.margin(p[k][0], n)),
                    c.crFdh().withTest(p[k][1], PermutationTest.margin(p[k][1], n))));
        }
        return out;
    }

    private static double[] finite(ConstructScores scores, String name) {
        double[] v = scores.column(name);
        for (int r = 0; r < v.length; r++) {
            if (!Double.isFinite(v[r])) {
                throw new CsiDataException("construct '" + name + "' has a non-finite score in row " + (r + 1)
                        + ": NCA needs complete scores");
            }
        }
        if (v.length < 2) {
            throw new CsiDataException("NCA needs at least 2 cases, construct '" + name + "' has " + v.length);
        }
        return v;
    }

    private static void requireSpread(NcaScope scope, String condition, String outcome) {
        if (!(scope.xHigh() > scope.xLow())) {
            throw new CsiDataException("construct '" + condition + "' has the same score for every case: "
                    + "its NCA scope is empty and the effect size undefined");
        }
        if (!(scope.yHigh() > scope.yLow())) {
            throw new CsiDataException("construct '" + outcome + "' has the same score for every case: "
                    + "its NCA scope is empty and the effect size undefined");
        }
    }
}
