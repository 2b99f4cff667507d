package dev.csimodel.moderation;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Simple slopes and the floodlight on data simulated from {@link ModerationPopulation}: with a
 * known interaction (bX = 0.3, bM = 0.2, bXM = 0.3, n = 400: the population slopes are 0, 0.3 and 0.6
 * at −1, 0, +1 SD and the slope is 0 at M = −1 SD) and without one (bX = bXM = 0), where the
 * slopes' intervals should exclude 0 in about 5% of samples.
 */
class SlopeAnalysisTest {

    /**
     * Estimated vs population slope at n = 400: the sampling SD of a slope is about 0.05 and
     * composites of three items with loadings 0.9 (reliability 0.93) attenuate the paths by a few
     * per cent, so 0.12 is more than two SDs plus the attenuation.
     */
    static final double SLOPE_TOL = 0.12;
    /** The slope as β_X + k·c·v is exact arithmetic on the estimates. */
    static final double ARITHMETIC_TOL = 1e-12;

    static SlopeAnalysis analysis(InteractionMethod method, int resamples, long seed) {
        BootstrapSettings boot = BootstrapSettings.defaults().withResamples(resamples).withSeed(seed).withThreads(2)
                .withIntervals(dev.csimodel.bootstrap.IntervalMethod.PERCENTILE);
        return new SlopeAnalysis(new ModerationEstimator(PlsEstimator.withDefaults(),
                ModerationSettings.defaults().withMethod(method)), SlopeSettings.defaults().withBootstrap(boot));
    }

    @ParameterizedTest
    @EnumSource(InteractionMethod.class)
    void knownInteractionIsFoundWithSlopesNearThePopulation(InteractionMethod method) {
        DataTable data = ModerationPopulation.sample(0.3, 0.2, 0.3, 400, 11);
        SimpleSlopes s = analysis(method, 500, 5).run(ModerationPopulation.MODEL, data).slopes("X:M", "Y");
        assertEquals(0.0, s.low().slope(), SLOPE_TOL, "slope at -1 SD");
        assertEquals(0.3, s.mean().slope(), SLOPE_TOL, "slope at the mean");
        assertEquals(0.6, s.high().slope(), SLOPE_TOL, "slope at +1 SD");
        assertTrue(s.high().significant(), "slope at +1 SD");
        assertTrue(s.mean().significant(), "slope at the mean");
        assertFalse(s.low().significant(), "population slope 0 at -1 SD");
        assertFalse(s.interaction().percentile().contains(0), "interaction");
        // one boundary below -1 SD... the slope 0.3 + 0.3 v loses significance between -1 and 0 SD
        assertFalse(s.johnsonNeyman().isEmpty());
        double boundary = s.johnsonNeyman().get(s.johnsonNeyman().size() - 1);
        assertTrue(boundary > -1 && boundary < 0, "upper Johnson-Neyman boundary " + boundary);
    }

    @Test
    void slopesAreTheMainEffectPlusTheRescaledInteractionTimesTheLevel() {
        DataTable data = ModerationPopulation.sample(0.3, 0.2, 0.3, 400, 11);
        SlopeAnalysisResult r = analysis(InteractionMethod.TWO_STAGE, 50, 1).run(ModerationPopulation.MODEL, data);
        SimpleSlopes s = r.slopes("M:X", "Y");
        double main = r.moderation().pathCoefficient("X", "Y");
        double c = r.moderation().interactionEffect("X:M", "Y").seminrCoefficient();
        assertEquals(c, s.slopeChange(), ARITHMETIC_TOL);
        assertEquals(main, s.mean().slope(), ARITHMETIC_TOL);
        assertEquals(main - c, s.low().slope(), ARITHMETIC_TOL);
        assertEquals(main + c, s.high().slope(), ARITHMETIC_TOL);
        assertEquals(61, s.floodlight().size());
        assertEquals(-3.0, s.floodlight().get(0).level(), ARITHMETIC_TOL);
        assertEquals(main + 3 * c, s.floodlight().get(60).slope(), ARITHMETIC_TOL);
        assertEquals(s.high().stdError(), s.floodlight().get(40).stdError(), ARITHMETIC_TOL, "+1 SD is grid point 40");
    }

    @Test
    void quadraticSlopeHasTwiceTheCoefficient() {
        DataTable data = ModerationPopulation.sample(0.3, 0.2, 0.3, 200, 12);
        var model = dev.csimodel.spec.syntax.ModelSyntax.parse("""
                X =~ x1 + x2 + x3
                M =~ m1 + m2 + m3
                Y =~ y1 + y2 + y3
                Y ~ X + M + M:M
                """);
        SlopeAnalysisResult r = analysis(InteractionMethod.PRODUCT_INDICATOR, 20, 1).run(model, data);
        SimpleSlopes s = r.slopes("M:M", "Y");
        assertEquals(6, r.moderation().problem().interactionIndicators("M:M").size(), "3·4/2 unordered products");
        assertEquals(2 * r.moderation().interactionEffect("M:M", "Y").seminrCoefficient(), s.slopeChange(), ARITHMETIC_TOL);
    }

    /**
     * No interaction and no main effect of X: the slope of X is 0 at every level, so each of the
     * interaction's and the slopes' 95% intervals excludes 0 in about 5% of samples. 160 samples
     * of n = 150 with 199 resamples; the binomial SD of a 5% rate is 1.7%, the bounds are about
     * 2.4 and 2.9 SDs from it (percentile intervals from 199 resamples are slightly liberal).
     */
    @Test
    void withoutAnInteractionTheRejectionRateIsNearTheNominalLevel() {
        int samples = 160;
        int interaction = 0;
        int atMean = 0;
        int atHigh = 0;
        for (int seed = 0; seed < samples; seed++) {
            DataTable data = ModerationPopulation.sample(0, 0.3, 0, 150, 1000 + seed);
            SimpleSlopes s = analysis(InteractionMethod.TWO_STAGE, 199, seed)
                    .run(ModerationPopulation.MODEL, data).slopes("X:M", "Y");
            interaction += s.interaction().percentile().contains(0) ? 0 : 1;
            atMean += s.mean().significant() ? 1 : 0;
            atHigh += s.high().significant() ? 1 : 0;
        }
        for (int count : List.of(interaction, atMean, atHigh)) {
            double rate = count / (double) samples;
            assertTrue(rate >= 0.01 && rate <= 0.10, "rejection rate " + rate + " (interaction " + interaction
                    + ", at the mean " + atMean + ", at +1 SD " + atHigh + " of " + samples + ")");
        }
    }

    @Test
    void settingsOutOfRangeAreRejectedNamingTheSetting() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> SlopeSettings.defaults().withFloodlight(1, -1, 10));
        assertTrue(e.getMessage().contains("floodlightFrom"), e.getMessage());
        e = assertThrows(CsiSpecificationException.class, () -> SlopeSettings.defaults().withFloodlight(-1, 1, 1));
        assertTrue(e.getMessage().contains("floodlightPoints"), e.getMessage());
        e = assertThrows(CsiSpecificationException.class,
                () -> SlopeSettings.defaults().withIntervalMethod(dev.csimodel.bootstrap.IntervalMethod.BCA));
        assertTrue(e.getMessage().contains("intervalMethod BCA"), e.getMessage());
    }
}
