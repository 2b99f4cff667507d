package dev.csimodel.property;

import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.ResultComparison;
import dev.csimodel.result.PlsResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One estimator shared by 8 threads that start together must give bit-identical results to a
 * sequential fit; so must the lazily computed parts (scores, quality, diagnostics) of one result
 * shared by 8 threads.
 */
class ConcurrentEstimationTest {

    static final int THREADS = 8;
    static final int CASES = 40;
    /** Same arithmetic on the same inputs: identical to the last bit. */
    static final double IDENTICAL = 0.0;

    @Test
    void eightThreadsEstimatingAtOnceGiveIdenticalResults() throws Exception {
        PlsEstimator estimator = PlsEstimator.withDefaults();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (long seed = 0; seed < CASES; seed++) {
                RandomCase c = RandomCase.generate(seed);
                PlsResult sequential = estimator.estimate(c.model(), c.data());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<PlsResult>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return estimator.estimate(c.model(), c.data());
                    }));
                }
                start.countDown();
                for (Future<PlsResult> f : futures) {
                    PlsResult r = f.get(60, TimeUnit.SECONDS);
                    ResultComparison.assertSameEstimate(sequential, r, IDENTICAL);
                    assertEquals(sequential.iterations(), r.iterations(), "seed " + seed);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lazyPartsOfASharedResultAreComputedConsistently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (long seed = 0; seed < CASES; seed++) {
                RandomCase c = RandomCase.generate(seed);
                PlsResult reference = PlsEstimator.withDefaults().estimate(c.model(), c.data());
                PlsResult shared = PlsEstimator.withDefaults().estimate(c.model(), c.data());
                String first = c.model().constructNames().get(0);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<double[]>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        shared.diagnostics();
                        return shared.scores().column(first);
                    }));
                }
                start.countDown();
                for (Future<double[]> f : futures) {
                    assertArrayEquals(reference.scores().column(first), f.get(60, TimeUnit.SECONDS), IDENTICAL);
                }
                assertEquals(reference.diagnostics(), shared.diagnostics());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
