package dev.csimodel.moderation;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interaction indicators each method forms, checked against their definitions. */
class ModerationProblemTest {

    /** Residuals of an OLS fit with intercept are orthogonal to the regressors up to rounding. */
    static final double ORTHOGONAL_TOL = 1e-10;
    /** Products of standardised columns: exact arithmetic up to rounding. */
    static final double PRODUCT_TOL = 1e-12;

    static final DataTable DATA = ModerationPopulation.sample(0.3, 0.2, 0.3, 120, 21);

    static ModerationProblem problem(PathModel model, InteractionMethod method) {
        return ModerationProblem.of(model, DATA, ModerationSettings.defaults().withMethod(method), PlsEstimator.withDefaults());
    }

    @Test
    void orthogonalItemsAreUncorrelatedWithTheFactorsItems() {
        for (String text : List.of("Y ~ X + M + X:M", "Y ~ X + M + M:M")) {
            PathModel model = ModelSyntax.parse("X =~ x1 + x2 + x3\nM =~ m1 + m2 + m3\nY =~ y1 + y2 + y3\n" + text);
            ModerationProblem p = problem(model, InteractionMethod.ORTHOGONAL);
            String term = model.interactionTerms().get(0).name();
            List<String> items = p.interactionIndicators(term);
            assertEquals(term.equals("X:M") ? 9 : 6, items.size(), term);
            List<String> regressors = new ArrayList<>(model.construct("M").indicators());
            if (term.equals("X:M")) {
                regressors.addAll(model.construct("X").indicators());
            }
            List<String> all = new ArrayList<>(regressors);
            all.addAll(items);
            Moments m = Moments.of(p.data(), all);
            for (int i = 0; i < regressors.size(); i++) {
                for (int j = regressors.size(); j < all.size(); j++) {
                    assertEquals(0.0, m.covariance(i, j), ORTHOGONAL_TOL, all.get(i) + " / " + all.get(j));
                }
            }
            for (int j = regressors.size(); j < all.size(); j++) {
                assertEquals(0.0, m.mean(j), ORTHOGONAL_TOL, "residual mean of " + all.get(j));
            }
        }
    }

    @Test
    void productItemIsTheProductOfTheStandardisedItems() {
        ModerationProblem p = problem(ModerationPopulation.MODEL, InteractionMethod.PRODUCT_INDICATOR);
        double[] x = ProductItems.standardised(DATA.column("x2"), "x2");
        double[] y = ProductItems.standardised(DATA.column("m3"), "m3");
        double[] product = p.data().column("x2:m3");
        for (int r = 0; r < product.length; r++) {
            assertEquals(x[r] * y[r], product[r], PRODUCT_TOL);
        }
        assertEquals(List.of("x1:m1", "x1:m2", "x1:m3", "x2:m1"), p.interactionIndicators("X:M").subList(0, 4));
    }

    @Test
    void twoStageItemIsTheProductOfTheFirstStageScoresWithSampleSd() {
        ModerationProblem p = problem(ModerationPopulation.MODEL, InteractionMethod.TWO_STAGE);
        var scores = p.firstStage().orElseThrow().scores();
        double[] product = p.data().column("X:M" + ModerationProblem.TWO_STAGE_SUFFIX);
        double n = DATA.rowCount();
        for (int r = 0; r < product.length; r++) {
            // population-SD scores times sqrt((n-1)/n) each are R's scale() scores
            assertEquals(scores.value(r, "X") * scores.value(r, "M") * (n - 1) / n, product[r], PRODUCT_TOL);
        }
        assertEquals(List.of("X", "M", "Y"), p.mainEffectsModel().constructNames());
        assertEquals(List.of("X", "M", "Y", "X:M"), p.augmentedModel().constructNames());
        assertTrue(p.augmentedModel().hasPath("X:M", "Y"));
    }

    @Test
    void modeBOfASingleProductItemGivesTheModeAEstimate() {
        // one indicator: its weight is 1/sd whatever the mode, so the whole estimate is the same
        ModerationResult a = ModerationEstimator.withDefaults().estimate(ModerationPopulation.MODEL, DATA);
        ModerationResult b = new ModerationEstimator(PlsEstimator.withDefaults(),
                ModerationSettings.defaults().withInteractionMode(OuterMode.B)).estimate(ModerationPopulation.MODEL, DATA);
        assertEquals(OuterMode.B, b.fit().model().construct("X:M").mode());
        assertEquals(a.pathCoefficient("X:M", "Y"), b.pathCoefficient("X:M", "Y"), PRODUCT_TOL);
        assertEquals(a.rSquared("Y").orElseThrow(), b.rSquared("Y").orElseThrow(), PRODUCT_TOL);
    }

    @Test
    void modelWithoutInteractionOrWithAClashingColumnIsRejected() {
        PathModel plain = ModelSyntax.parse("X =~ x1 + x2 + x3\nY =~ y1 + y2 + y3\nY ~ X");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> problem(plain, InteractionMethod.TWO_STAGE));
        assertTrue(e.getMessage().contains("no interaction terms"), e.getMessage());
        DataTable clash = DATA.withColumn("x1:m1", DATA.column("x1"));
        CsiDataException d = assertThrows(CsiDataException.class, () -> ModerationProblem.of(ModerationPopulation.MODEL,
                clash, ModerationSettings.defaults().withMethod(InteractionMethod.PRODUCT_INDICATOR), PlsEstimator.withDefaults()));
        assertTrue(d.getMessage().contains("'x1:m1'"), d.getMessage());
    }

    @Test
    void constantFactorItemIsNamed() {
        double[] constant = new double[DATA.rowCount()];
        DataTable data = DATA.withColumn("x3", constant);
        CsiDataException e = assertThrows(CsiDataException.class, () -> ModerationProblem.of(ModerationPopulation.MODEL,
                data, ModerationSettings.defaults().withMethod(InteractionMethod.PRODUCT_INDICATOR), PlsEstimator.withDefaults()));
        assertTrue(e.getMessage().contains("x3"), e.getMessage());
    }
}
