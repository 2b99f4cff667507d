package dev.csimodel.bootstrap;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A seed fixes the result bit for bit, whatever the number of threads. */
class BootstrapDeterminismTest {

    static final int RESAMPLES = 200;

    static PathModel model;
    static DataTable data;

    @BeforeAll
    static void load() {
        model = BankData.model(OuterMode.A);
        data = BankData.table();
    }

    static BootstrapResult run(long seed, int threads) {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(seed).withThreads(threads);
        return new Bootstrap(PlsEstimator.withDefaults(), s).run(model, data);
    }

    @Test
    void sameSeedGivesIdenticalResultsWithOneAndFourThreads() {
        BootstrapResult one = run(7, 1);
        BootstrapResult four = run(7, 4);
        assertEquals(one.keys(), four.keys());
        for (StatisticKey key : one.keys()) {
            // Record equality compares the doubles exactly (Double.compare), intervals included.
            assertEquals(one.estimate(key), four.estimate(key), key.toString());
            assertArrayEquals(one.replicates(key), four.replicates(key), 0.0, key.toString());
        }
        assertEquals(one.used(), four.used());
        assertEquals(one.attempted(), four.attempted());
    }

    @Test
    void differentSeedsGiveDifferentResamples() {
        BootstrapResult a = run(7, 2);
        BootstrapResult b = run(8, 2);
        StatisticKey key = StatisticKey.path("SAT", "LOY");
        assertEquals(a.estimate(key).original(), b.estimate(key).original(), 0.0);
        assertNotEquals(a.estimate(key).stdError(), b.estimate(key).stdError());
        double[] ra = a.replicates(key);
        double[] rb = b.replicates(key);
        int equal = 0;
        for (int i = 0; i < ra.length; i++) {
            equal += ra[i] == rb[i] ? 1 : 0;
        }
        assertEquals(0, equal, "no resample of seed 8 should repeat the one of seed 7 with the same index");
    }

    @Test
    void progressIsReportedOncePerEstimation() {
        // 200 resamples + 250 leave-one-out estimates for BCa.
        int expectedTotal = RESAMPLES + data.rowCount();
        AtomicInteger calls = new AtomicInteger();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        Set<Integer> totals = ConcurrentHashMap.newKeySet();
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withThreads(2);
        new Bootstrap(PlsEstimator.withDefaults(), s).run(model, data, (done, total) -> {
            calls.incrementAndGet();
            seen.add(done);
            totals.add(total);
        });
        assertEquals(expectedTotal, calls.get());
        assertEquals(expectedTotal, seen.size(), "each count 1..total reported once");
        assertEquals(Set.of(expectedTotal), totals);
    }
}
