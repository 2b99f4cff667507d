package dev.csimodel.segmentation.pos;

import dev.csimodel.CsiEstimationException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the starts, on the calling thread or on a pool of daemon threads; the outcomes come back
 * in task order whatever the thread count, and each start depends only on its own generator.
 */
final class StartRunner {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private StartRunner() {
    }

    static List<StartOutcome> run(List<StartTask> tasks, int threads, Function<StartTask, StartOutcome> body) {
        List<StartOutcome> out = new ArrayList<>(tasks.size());
        if (threads == 1 || tasks.size() < 2) {
            for (StartTask t : tasks) {
                out.add(body.apply(t));
            }
            return out;
        }
        int id = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "csi-pos-" + id + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<StartOutcome>> futures = new ArrayList<>();
            for (StartTask t : tasks) {
                futures.add(pool.submit(() -> body.apply(t)));
            }
            for (Future<StartOutcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CsiEstimationException("PLS-POS was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new CsiEstimationException("a PLS-POS start failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
