package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs {@code body(workspace, i)} for i = 0..count−1 on a fixed number of threads, each thread
 * with its own workspace and taking the next index from a shared counter. Output must go to
 * per-index slots so that it does not depend on which thread ran which index. With one thread
 * everything runs on the caller's thread. The first exception aborts the remaining work and is
 * rethrown.
 */
final class ParallelRunner implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final ExecutorService pool;

    ParallelRunner(int threads) {
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        int id = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "csi-bootstrap-" + id + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    <W> void forEach(int count, Supplier<W> workspace, ObjIntConsumer<W> body) {
        if (pool == null || count < 2) {
            W w = workspace.get();
            for (int i = 0; i < count; i++) {
                body.accept(w, i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean abort = new AtomicBoolean();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, count); t++) {
            futures.add(pool.submit(() -> work(count, workspace, body, next, abort)));
        }
        await(futures, abort);
    }

    private static <W> void work(int count, Supplier<W> workspace, ObjIntConsumer<W> body,
                                 AtomicInteger next, AtomicBoolean abort) {
        W w = workspace.get();
        try {
            for (int i = next.getAndIncrement(); i < count && !abort.get(); i = next.getAndIncrement()) {
                body.accept(w, i);
            }
        } catch (RuntimeException | Error e) {
            abort.set(true);
            throw e;
        }
    }

    private static void await(List<Future<?>> futures, AtomicBoolean abort) {
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            abort.set(true);
            Thread.currentThread().interrupt();
            throw new CsiEstimationException("the bootstrap was interrupted");
        } catch (ExecutionException e) {
            abort.set(true);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CsiEstimationException("a bootstrap worker failed: " + cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
