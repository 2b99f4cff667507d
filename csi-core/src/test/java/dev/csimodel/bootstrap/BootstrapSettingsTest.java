package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsEstimator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings validation, withers and bad arguments. */
class BootstrapSettingsTest {

    static void assertRejected(String culprit, org.junit.jupiter.api.function.Executable action) {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, action);
        assertTrue(e.getMessage().contains(culprit), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 0, 1})
    void tooFewResamplesAreRejected(int resamples) {
        assertRejected("resamples", () -> BootstrapSettings.defaults().withResamples(resamples));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0})
    void fewerThanOneThreadIsRejected(int threads) {
        assertRejected("threads", () -> BootstrapSettings.defaults().withThreads(threads));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.5, 1.5, Double.NaN})
    void confidenceLevelOutsideTheOpenUnitIntervalIsRejected(double level) {
        assertRejected("confidenceLevel", () -> BootstrapSettings.defaults().withConfidenceLevel(level));
    }

    @Test
    void missingEnumsAreRejected() {
        assertRejected("signChange", () -> BootstrapSettings.defaults().withSignChange(null));
        assertRejected("failurePolicy", () -> BootstrapSettings.defaults().withFailurePolicy(null));
    }

    @Test
    void withersChangeOneSetting() {
        BootstrapSettings d = BootstrapSettings.defaults();
        assertEquals(5000, d.resamples());
        assertEquals(0.95, d.confidenceLevel(), 0.0);
        assertEquals(Set.of(IntervalMethod.values()), d.intervals());
        BootstrapSettings s = d.withResamples(100).withSeed(5).withThreads(3).withConfidenceLevel(0.9)
                .withSignChange(SignChange.CONSTRUCT_LEVEL).withFailurePolicy(FailurePolicy.KEEP)
                .withIntervals(IntervalMethod.BASIC, IntervalMethod.BASIC);
        assertEquals(new BootstrapSettings(100, 5, 3, 0.9, SignChange.CONSTRUCT_LEVEL, FailurePolicy.KEEP,
                Set.of(IntervalMethod.BASIC)), s);
        assertTrue(s.computes(IntervalMethod.BASIC));
        assertEquals(Set.of(), s.withIntervals().intervals());
    }

    @Test
    void unrequestedIntervalsAreRejectedByName() {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(50).withThreads(1)
                .withIntervals(IntervalMethod.PERCENTILE);
        BootstrapResult r = new Bootstrap(PlsEstimator.withDefaults(), s)
                .run(SyntheticData.twoBlocks(), SyntheticData.twoBlocks(60, 1, null));
        BootstrapEstimate e = r.path("X", "Y");
        assertTrue(e.acceleration().isEmpty());
        assertRejected("BCA", e::bca);
        assertRejected("BASIC", e::basic);
        assertTrue(e.percentile().width() > 0);
    }

    @Test
    void badArgumentsAreRejected() {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(10).withThreads(1);
        assertRejected("estimator", () -> new Bootstrap(null, s));
        Bootstrap b = new Bootstrap(PlsEstimator.withDefaults(), s);
        assertRejected("model", () -> b.run(null, SyntheticData.twoBlocks(20, 1, null)));
        assertRejected("lower <= upper", () -> new Interval(2, 1));
    }

    @Test
    void customStatisticsAreValidated() {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(10).withThreads(1);
        BootstrapStatistic one = BootstrapStatistic.of("m", r -> 1.0);
        assertRejected("'m'", () -> new Bootstrap(PlsEstimator.withDefaults(), s, List.of(one, one))
                .run(SyntheticData.twoBlocks(), SyntheticData.twoBlocks(20, 1, null)));
        BootstrapStatistic wrongLength = BootstrapStatistic.of(List.of("a", "b"), r -> new double[] {1});
        assertRejected("[a, b]", () -> new Bootstrap(PlsEstimator.withDefaults(), s, List.of(wrongLength))
                .run(SyntheticData.twoBlocks(), SyntheticData.twoBlocks(20, 1, null)));
        BootstrapStatistic nan = BootstrapStatistic.of("bad", r -> Double.NaN);
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> new Bootstrap(PlsEstimator.withDefaults(), s, List.of(nan))
                        .run(SyntheticData.twoBlocks(), SyntheticData.twoBlocks(20, 1, null)));
        assertTrue(e.getMessage().contains("custom bad"), e.getMessage());
    }
}
