package dev.csimodel.property;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.reference.ResultComparison;
import dev.csimodel.result.Coefficient;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.Effect;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.QualityCriteria;
import dev.csimodel.result.RegressionSummary;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the estimator on several hundred seeded random models and data sets
 * ({@link RandomCase}): invariance to row order, to declaration order (constructs, indicators
 * within blocks, paths) and to positive affine rescaling of an indicator; R² in [0, 1]; construct
 * scores with mean 0 and unit population variance; no NaN anywhere.
 */
class EstimatorPropertyTest {

    static final int CASES = 300;
    /**
     * The iteration stops at Σ(Δw)² &lt; 1e-14, i.e. |Δw| below 1e-7; two runs whose rounding
     * differs may stop one iteration apart, so estimates agree to a small multiple of that.
     */
    static final double INVARIANCE_TOL = 1e-6;
    /** Score mean and variance are sums over at most 200 rows. */
    static final double SCORE_MOMENT_TOL = 1e-10;
    /** W'SW may exceed 1 by rounding. */
    static final double ROUNDING = 1e-12;

    static final PlsEstimator ESTIMATOR = new PlsEstimator(PlsSettings.defaults().withTolerance(1e-14)
            .withMaxIterations(1000));

    @Test
    void invariantToRowOrder() {
        for (long seed = 0; seed < CASES; seed++) {
            RandomCase c = RandomCase.generate(seed);
            Random rnd = new Random(seed + 1_000_000);
            List<Integer> order = new ArrayList<>();
            for (int r = 0; r < c.data().rowCount(); r++) {
                order.add(r);
            }
            Collections.shuffle(order, rnd);
            DataTable shuffled = c.data().rows(order.stream().mapToInt(Integer::intValue).toArray());
            PlsResult a = ESTIMATOR.estimate(c.model(), c.data());
            PlsResult b = ESTIMATOR.estimate(c.model(), shuffled);
            compare(seed, a, b, true);
        }
    }

    @Test
    void invariantToDeclarationOrder() {
        for (long seed = 0; seed < CASES; seed++) {
            RandomCase c = RandomCase.generate(seed);
            PathModel shuffled = c.shuffledModel(new Random(seed + 2_000_000));
            compare(seed, ESTIMATOR.estimate(c.model(), c.data()), ESTIMATOR.estimate(shuffled, c.data()), true);
        }
    }

    @Test
    void standardisedResultsInvariantToAffineRescalingOfAnIndicator() {
        for (long seed = 0; seed < CASES; seed++) {
            RandomCase c = RandomCase.generate(seed);
            Random rnd = new Random(seed + 3_000_000);
            List<String> names = c.data().columnNames();
            String target = names.get(rnd.nextInt(names.size()));
            double a = Math.exp(-5 + 10 * rnd.nextDouble());
            double b = -1000 + 2000 * rnd.nextDouble();
            double[] x = c.data().column(target);
            for (int r = 0; r < x.length; r++) {
                x[r] = a * x[r] + b;
            }
            DataTable rescaled = c.data().withColumn(target, x);
            compare(seed, ESTIMATOR.estimate(c.model(), c.data()), ESTIMATOR.estimate(c.model(), rescaled), false);
        }
    }

    private static void compare(long seed, PlsResult a, PlsResult b, boolean sameMoments) {
        assertTrue(a.converged() && b.converged(), "seed " + seed + ": not converged");
        try {
            if (sameMoments) {
                ResultComparison.assertSameEstimate(a, b, INVARIANCE_TOL);
            } else {
                ResultComparison.assertSameStandardised(a, b, INVARIANCE_TOL);
            }
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
    }

    @Test
    void rSquaredInUnitIntervalScoresStandardisedAndNothingIsNaN() {
        for (long seed = 0; seed < CASES; seed++) {
            RandomCase c = RandomCase.generate(seed);
            PlsResult r = ESTIMATOR.estimate(c.model(), c.data());
            String at = "seed " + seed + ": ";
            for (String k : r.model().constructNames()) {
                boolean endogenous = !r.model().predecessors(k).isEmpty();
                assertEquals(endogenous, r.rSquared(k).isPresent(), at + "R2 present iff endogenous: " + k);
                assertEquals(endogenous, r.adjustedRSquared(k).isPresent(), at + "adjusted R2 of " + k);
                double r2 = r.rSquared(k).orElse(0);
                assertTrue(r2 >= 0 && r2 <= 1, at + "R2 of " + k + " = " + r2);
                assertTrue(r.adjustedRSquared(k).orElse(0) <= r2 + ROUNDING, at + "adjusted R2 of " + k);
                for (String l : r.model().constructNames()) {
                    assertTrue(Math.abs(r.constructCorrelation(k, l)) <= 1 + ROUNDING, at + k + "," + l);
                }
                r.regression(k).ifPresent(reg -> assertFinite(at, reg));
            }
            assertScores(at, r.scores());
            for (String ind : r.model().indicators()) {
                assertTrue(Double.isFinite(r.outerWeight(ind)) && Double.isFinite(r.loading(ind)), at + ind);
                for (String k : r.model().constructNames()) {
                    assertTrue(Double.isFinite(r.crossLoading(ind, k)), at + ind + " x " + k);
                }
            }
            for (Effect e : r.effects()) {
                assertTrue(Double.isFinite(e.total()) && Double.isFinite(e.indirect()), at + e);
            }
            assertQualityFinite(at, r);
        }
    }

    static void assertQualityFinite(String at, PlsResult r) {
        QualityCriteria q = r.quality();
        PathModel m = r.model();
        for (String k : m.constructNames()) {
            double[] rel = java.util.stream.Stream.of(q.ave(k), q.cronbachAlpha(k), q.dillonGoldsteinRho(k),
                    q.compositeReliability(k), q.rhoA(k)).filter(java.util.OptionalDouble::isPresent)
                    .mapToDouble(java.util.OptionalDouble::getAsDouble).toArray();
            for (double v : rel) {
                assertTrue(Double.isFinite(v), at + "AVE, alpha, DG rho, rhoC, rhoA of " + k + ": " + java.util.Arrays.toString(rel));
            }
            for (String l : m.constructNames()) {
                if (!k.equals(l)) {
                    q.htmt(k, l).ifPresent(v -> assertTrue(Double.isFinite(v), at + "HTMT " + k + "," + l + " = " + v));
                }
            }
            for (String p : m.predecessors(k)) {
                assertTrue(Double.isFinite(q.fSquare(p, k)) && Double.isFinite(q.predictorVif(k, p)), at + p + " -> " + k);
            }
            if (m.isEndogenous(k)) {
                assertTrue(Double.isFinite(q.aic(k)) && Double.isFinite(q.bic(k)), at + "AIC/BIC " + k);
            }
        }
        for (String ind : m.indicators()) {
            // Undefined only for an exactly dependent block, which a diagnostic then names.
            q.indicatorVif(ind).ifPresentOrElse(v -> assertTrue(Double.isFinite(v), at + "VIF " + ind),
                    () -> assertTrue(r.diagnostics().stream().anyMatch(d -> d.kind()
                            == dev.csimodel.result.DiagnosticKind.DEPENDENT_INDICATORS
                            && m.construct(d.constructs().get(0)).indicators().contains(ind)), at + "VIF " + ind));
        }
        q.gof().ifPresent(v -> assertTrue(Double.isFinite(v), at + "GoF"));
    }

    private static void assertFinite(String at, RegressionSummary reg) {
        List<Coefficient> all = new ArrayList<>(reg.predictors());
        all.add(reg.intercept());
        for (Coefficient c : all) {
            assertTrue(Double.isFinite(c.estimate()) && Double.isFinite(c.stdError().orElseThrow())
                    && Double.isFinite(c.tValue().orElseThrow()) && Double.isFinite(c.pValue().orElseThrow()), at + c);
        }
    }

    private static void assertScores(String at, ConstructScores s) {
        for (String k : s.constructs()) {
            double[] y = s.column(k);
            double mean = 0;
            for (double v : y) {
                assertTrue(Double.isFinite(v), at + "score of " + k);
                mean += v / y.length;
            }
            double var = 0;
            for (double v : y) {
                var += (v - mean) * (v - mean) / y.length;
            }
            assertEquals(0, mean, SCORE_MOMENT_TOL, at + "score mean of " + k);
            assertEquals(1, var, SCORE_MOMENT_TOL, at + "score variance of " + k);
        }
    }

    @Test
    void theGeneratorCoversModeBSingleIndicatorAndPathlessModels() {
        int modeB = 0;
        int single = 0;
        int pathless = 0;
        int multiPredecessor = 0;
        for (long seed = 0; seed < CASES; seed++) {
            RandomCase c = RandomCase.generate(seed);
            modeB += c.modes().contains(dev.csimodel.spec.OuterMode.B) ? 1 : 0;
            single += c.blocks().stream().anyMatch(b -> b.size() == 1) ? 1 : 0;
            pathless += c.paths().isEmpty() ? 1 : 0;
            PathModel m = c.model();
            multiPredecessor += m.constructNames().stream().anyMatch(k -> m.predecessors(k).size() > 1) ? 1 : 0;
        }
        // Each shape must occur often enough for the properties above to exercise it.
        assertTrue(modeB >= CASES / 10, "Mode B cases: " + modeB);
        assertTrue(single >= CASES / 10, "single-indicator cases: " + single);
        assertTrue(pathless >= CASES / 20, "pathless cases: " + pathless);
        assertTrue(multiPredecessor >= CASES / 10, "cases with a multiple regression: " + multiPredecessor);
    }
}
