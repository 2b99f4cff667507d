package dev.csimodel.bootstrap;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign changes on a construct with a reverse-keyed indicator (see
 * {@link SyntheticData#reverseKeyed}): the construct's sign is arbitrary, so unaligned resamples
 * mirror it in a share of the draws and the path A -> B flips with it.
 */
class SignChangeTest {

    static final int RESAMPLES = 500;
    static final DataTable DATA = SyntheticData.reverseKeyed(150, 21);

    static BootstrapResult run(SignChange mode) {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(9).withThreads(2)
                .withSignChange(mode).withIntervals(IntervalMethod.PERCENTILE);
        return new Bootstrap(PlsEstimator.withDefaults(), s).run(SyntheticData.reverseKeyed(), DATA);
    }

    static int oppositeSigns(BootstrapResult r, StatisticKey key) {
        double original = r.estimate(key).original();
        int count = 0;
        for (double v : r.replicates(key)) {
            count += Math.signum(v) != Math.signum(original) ? 1 : 0;
        }
        return count;
    }

    @Test
    void withoutSignChangesTheConstructIsMirroredInSomeResamples() {
        BootstrapResult r = run(SignChange.NONE);
        StatisticKey path = StatisticKey.path("A", "B");
        int flipped = oppositeSigns(r, path);
        assertTrue(flipped >= RESAMPLES / 20, "resamples with a mirrored A: " + flipped);
        // The path flips exactly when A's loadings flip: the construct is mirrored as a whole.
        double[] p = r.replicates(path);
        double[] l = r.replicates(StatisticKey.loading("a1"));
        double po = r.path("A", "B").original();
        double lo = r.loading("a1").original();
        for (int b = 0; b < p.length; b++) {
            assertEquals(Math.signum(p[b]) == Math.signum(po), Math.signum(l[b]) == Math.signum(lo), "resample " + b);
        }
    }

    @Test
    void individualSignChangesAlignEveryEstimate() {
        BootstrapResult r = run(SignChange.INDIVIDUAL);
        for (StatisticKey key : new StatisticKey[] {StatisticKey.path("A", "B"), StatisticKey.loading("a1"),
                StatisticKey.loading("a2"), StatisticKey.outerWeight("a2"), StatisticKey.totalEffect("A", "B")}) {
            assertEquals(0, oppositeSigns(r, key), key.toString());
        }
    }

    @Test
    void constructLevelSignChangesMirrorTheConstructBack() {
        BootstrapResult none = run(SignChange.NONE);
        BootstrapResult construct = run(SignChange.CONSTRUCT_LEVEL);
        for (StatisticKey key : new StatisticKey[] {StatisticKey.path("A", "B"), StatisticKey.loading("a1"),
                StatisticKey.loading("a2"), StatisticKey.outerWeight("a1")}) {
            assertEquals(0, oppositeSigns(construct, key), key.toString());
        }
        // Mirroring inflates the SE towards |path| (a two-point mixture at ±path); aligned
        // resamples leave only the sampling spread.
        assertTrue(construct.path("A", "B").stdError() < 0.5 * none.path("A", "B").stdError(),
                construct.path("A", "B").stdError() + " vs " + none.path("A", "B").stdError());
        // B's own loadings never flip and R² is sign-free: identical in both runs.
        assertArrayEquals(none.replicates(StatisticKey.loading("b1")), construct.replicates(StatisticKey.loading("b1")), 0.0);
        assertArrayEquals(none.replicates(StatisticKey.rSquared("B")), construct.replicates(StatisticKey.rSquared("B")), 0.0);
    }
}
