package dev.csimodel.segmentation.fimix;

import dev.csimodel.CsiEstimationException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent tasks (EM starts) on a fixed number of daemon threads and returns their
 * results in task order, so that the outcome does not depend on which thread ran which task.
 * With one thread everything runs on the caller's thread.
 */
final class StartRunner {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private StartRunner() {
    }

    static <T> List<T> run(List<Callable<T>> tasks, int threads) {
        if (threads == 1 || tasks.size() < 2) {
            List<T> out = new ArrayList<>();
            for (Callable<T> task : tasks) {
                out.add(call(task));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), daemonThreads());
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CsiEstimationException("FIMIX-PLS was interrupted");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw rethrown(e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new CsiEstimationException("a FIMIX-PLS start failed: " + cause, cause);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        int id = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "csi-fimix-" + id + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
