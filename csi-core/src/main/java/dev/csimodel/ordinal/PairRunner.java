package dev.csimodel.ordinal;

import dev.csimodel.CsiException;
import dev.csimodel.CsiEstimationException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs {@code body(k)} for k = 0 … count − 1 on a pool of the given size; each k writes only its
 * own slots, so the outcome does not depend on the thread count or the order of execution.
 */
final class PairRunner {

    private PairRunner() {
    }

    static void run(int count, int threads, IntConsumer body) {
        if (threads == 1 || count < 2) {
            for (int k = 0; k < count; k++) {
                body.accept(k);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(body)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CsiEstimationException("interrupted while estimating the indicator correlations", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof CsiException c) {
            return c;
        }
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new CsiEstimationException("the indicator correlations failed: " + cause, cause);
    }
}
