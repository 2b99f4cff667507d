package dev.csimodel.reference;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.Coefficient;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.Effect;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.QualityCriteria;
import dev.csimodel.result.RegressionSummary;
import dev.csimodel.spec.OuterMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certified-data test against R plspm 0.5.1 on the ECSI bank survey (resources
 * {@code satisfaction/reference/plspm}, see ORIGIN.md): settings tol = 1e-9, maxiter = 300,
 * all-ones start, as in the reference run.
 */
class PlspmReferenceTest {

    /** Weights, loadings, paths, R² and everything derived from them. */
    static final double ESTIMATE_TOL = 1e-6;
    /** Standard errors, t values and p values of the inner regressions. */
    static final double INFERENCE_TOL = 1e-6;
    /** Per-respondent construct scores (population-SD convention, as plspm). */
    static final double SCORE_TOL = 1e-6;
    /** GoF is given with 7 significant digits in the reference README. */
    static final double GOF_TOL = 5e-8;

    static final Map<String, Double> GOF = Map.of("path", 0.6066498, "centroid", 0.6067154,
            "factorial", 0.6066804, "modeB", 0.6095175);

    static DataTable data;

    @BeforeAll
    static void load() {
        data = BankData.table();
    }

    static PlsResult fit(InnerScheme scheme, OuterMode mode, PlsSettings base) {
        return new PlsEstimator(base.withScheme(scheme)).estimate(BankData.model(mode), data);
    }

    static PlsResult fit(String scheme) {
        return fit(InnerScheme.valueOf(scheme.toUpperCase()), OuterMode.A, PlsSettings.defaults());
    }

    static String file(String scheme, String part) {
        return "/satisfaction/reference/plspm/plspm_sat_" + scheme + "_" + part + ".csv";
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "centroid", "factorial"})
    void outerModel(String scheme) {
        assertOuter(fit(scheme), ReferenceTable.load(file(scheme, "outer")));
    }

    /**
     * plspm prints 0 for R², redundancy and mean redundancy of an exogenous construct, where
     * they do not apply; ours are absent there. An absent value must meet plspm's 0, a present
     * one its value.
     */
    static void assertZeroAsAbsent(double expected, java.util.OptionalDouble actual, String what) {
        if (actual.isEmpty()) {
            assertEquals(0.0, expected, 0.0, what + ": absent here, plspm's 'does not apply' is 0");
        } else {
            assertEquals(expected, actual.getAsDouble(), ESTIMATE_TOL, what);
        }
    }

    static void assertOuter(PlsResult r, ReferenceTable ref) {
        for (int i = 0; i < ref.rowCount(); i++) {
            String ind = ref.cell(i, 0);
            assertEquals(ref.number(ind, "weight"), r.outerWeight(ind), ESTIMATE_TOL, "weight " + ind);
            assertEquals(ref.number(ind, "loading"), r.loading(ind), ESTIMATE_TOL, "loading " + ind);
            assertEquals(ref.number(ind, "communality"), r.communality(ind), ESTIMATE_TOL, "communality " + ind);
            assertZeroAsAbsent(ref.number(ind, "redundancy"), r.redundancy(ind), "redundancy " + ind);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "centroid", "factorial"})
    void pathMatrix(String scheme) {
        assertPaths(fit(scheme), ReferenceTable.load(file(scheme, "paths")));
    }

    static void assertPaths(PlsResult r, ReferenceTable ref) {
        for (String to : BankData.CONSTRUCTS) {
            for (String from : BankData.CONSTRUCTS) {
                double expected = ref.number(to, from);
                double actual = r.model().hasPath(from, to) ? r.pathCoefficient(from, to) : 0.0;
                assertEquals(expected, actual, ESTIMATE_TOL, from + " -> " + to);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "centroid", "factorial"})
    void innerRegressions(String scheme) {
        PlsResult r = fit(scheme);
        for (String lv : List.of("EXPE", "QUAL", "VAL", "SAT", "LOY")) {
            ReferenceTable ref = ReferenceTable.load(file(scheme, "inner_" + lv));
            RegressionSummary reg = r.regression(lv).orElseThrow();
            assertCoefficient(ref, "Intercept", reg.intercept());
            for (Coefficient c : reg.predictors()) {
                assertCoefficient(ref, c.name(), c);
            }
            assertEquals(ref.rowCount() - 1, reg.predictors().size(), lv);
        }
    }

    private static void assertCoefficient(ReferenceTable ref, String row, Coefficient c) {
        assertEquals(ref.number(row, "Estimate"), c.estimate(), ESTIMATE_TOL, row);
        assertEquals(ref.number(row, "Std. Error"), c.stdError().orElseThrow(), INFERENCE_TOL, row);
        assertEquals(ref.number(row, "t value"), c.tValue().orElseThrow(), INFERENCE_TOL, row);
        assertEquals(ref.number(row, "Pr(>|t|)"), c.pValue().orElseThrow(), INFERENCE_TOL, row);
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "centroid", "factorial"})
    void innerSummary(String scheme) {
        PlsResult r = fit(scheme);
        ReferenceTable ref = ReferenceTable.load(file(scheme, "inner_summary"));
        QualityCriteria q = r.quality();
        for (String lv : BankData.CONSTRUCTS) {
            assertZeroAsAbsent(ref.number(lv, "R2"), r.rSquared(lv), "R2 " + lv);
            assertEquals(ref.number(lv, "Block_Communality"), q.blockCommunality(lv), ESTIMATE_TOL, lv);
            assertZeroAsAbsent(ref.number(lv, "Mean_Redundancy"), q.meanRedundancy(lv), lv);
            assertEquals(ref.number(lv, "AVE"), q.ave(lv).orElseThrow(), ESTIMATE_TOL, "AVE " + lv);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "centroid", "factorial"})
    void effects(String scheme) {
        PlsResult r = fit(scheme);
        ReferenceTable ref = ReferenceTable.load(file(scheme, "effects"));
        assertEquals(ref.rowCount(), r.effects().size());
        for (int i = 0; i < ref.rowCount(); i++) {
            String[] pair = ref.cell(i, 0).split(" -> ");
            Effect e = r.effects().get(i);
            assertEquals(pair[0], e.from());
            assertEquals(pair[1], e.to());
            assertEquals(ref.number(i, 1), e.direct(), ESTIMATE_TOL, ref.cell(i, 0));
            assertEquals(ref.number(i, 2), e.indirect(), ESTIMATE_TOL, ref.cell(i, 0));
            assertEquals(ref.number(i, 3), e.total(), ESTIMATE_TOL, ref.cell(i, 0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "centroid", "factorial"})
    void unidimensionality(String scheme) {
        QualityCriteria q = fit(scheme).quality();
        ReferenceTable ref = ReferenceTable.load(file(scheme, "unidim"));
        for (String lv : BankData.CONSTRUCTS) {
            assertEquals(ref.number(lv, "C.alpha"), q.cronbachAlpha(lv).orElseThrow(), ESTIMATE_TOL, "alpha " + lv);
            assertEquals(ref.number(lv, "DG.rho"), q.dillonGoldsteinRho(lv).orElseThrow(), ESTIMATE_TOL, "DG rho " + lv);
            assertEquals(ref.number(lv, "eig.1st"), q.eigenvalues(lv).get(0), ESTIMATE_TOL, "eig1 " + lv);
            assertEquals(ref.number(lv, "eig.2nd"), q.eigenvalues(lv).get(1), ESTIMATE_TOL, "eig2 " + lv);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "centroid", "factorial"})
    void crossLoadings(String scheme) {
        PlsResult r = fit(scheme);
        ReferenceTable ref = ReferenceTable.load(file(scheme, "crossloadings"));
        for (int i = 0; i < ref.rowCount(); i++) {
            for (String lv : BankData.CONSTRUCTS) {
                assertEquals(ref.number(ref.cell(i, 0), lv), r.crossLoading(ref.cell(i, 0), lv), ESTIMATE_TOL);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "centroid", "factorial"})
    void scoresUnderPopulationConvention(String scheme) {
        ConstructScores s = fit(scheme).scores();
        ReferenceTable ref = ReferenceTable.load(file(scheme, "scores"));
        assertEquals(250, ref.rowCount());
        for (int i = 0; i < ref.rowCount(); i++) {
            for (int k = 0; k < BankData.CONSTRUCTS.length; k++) {
                assertEquals(ref.number(i, k), s.value(i, BankData.CONSTRUCTS[k]), SCORE_TOL, "row " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "centroid", "factorial"})
    void goodnessOfFitAndIterations(String scheme) {
        PlsResult r = fit(scheme);
        assertEquals(GOF.get(scheme), r.quality().gof().orElseThrow(), GOF_TOL);
        assertTrue(r.converged());
    }

    @Test
    void pathSchemeConvergesInPlspmsFiveIterations() {
        assertEquals(5, fit("path").iterations());
    }

    @Test
    void modeB() {
        PlsResult r = fit(InnerScheme.PATH, OuterMode.B, PlsSettings.defaults());
        assertOuter(r, ReferenceTable.load(file("modeB", "outer")));
        assertPaths(r, ReferenceTable.load(file("modeB", "paths")));
        ReferenceTable ref = ReferenceTable.load(file("modeB", "inner_summary"));
        for (String lv : BankData.CONSTRUCTS) {
            assertZeroAsAbsent(ref.number(lv, "R2"), r.rSquared(lv), "R2 " + lv);
            assertEquals(ref.number(lv, "Block_Communality"), r.quality().blockCommunality(lv), ESTIMATE_TOL, lv);
            assertZeroAsAbsent(ref.number(lv, "Mean_Redundancy"), r.quality().meanRedundancy(lv), lv);
            // plspm prints AVE = 0 for Mode B blocks by convention (plspm_sat_modeB_inner_summary.csv);
            // AVE does not apply to a formative block, so ours is absent and that 0 is no longer
            // compared with a number. The mean squared loading stays as the block communality.
            assertEquals(0.0, ref.number(lv, "AVE"));
            assertTrue(r.quality().ave(lv).isEmpty(), "AVE of Mode B block " + lv);
        }
        assertEquals(GOF.get("modeB"), r.quality().gof().orElseThrow(), GOF_TOL);
    }

    @Test
    void unscaled() {
        PlsResult r = fit(InnerScheme.PATH, OuterMode.A,
                PlsSettings.defaults().withScaling(dev.csimodel.estimate.Scaling.CENTRED));
        assertOuter(r, ReferenceTable.load(file("unscaled", "outer")));
        assertPaths(r, ReferenceTable.load(file("unscaled", "paths")));
    }

    @Test
    void rescaledScoresOfTheUnscaledFit() {
        PlsResult r = fit(InnerScheme.PATH, OuterMode.A,
                PlsSettings.defaults().withScaling(dev.csimodel.estimate.Scaling.CENTRED));
        ConstructScores s = r.rescaledScores();
        ReferenceTable ref = ReferenceTable.load("/satisfaction/reference/plspm/plspm_sat_rescaled_scores.csv");
        for (int i = 0; i < ref.rowCount(); i++) {
            for (int k = 0; k < BankData.CONSTRUCTS.length; k++) {
                assertEquals(ref.number(i, k), s.value(i, BankData.CONSTRUCTS[k]), SCORE_TOL, "row " + i);
            }
        }
    }
}
