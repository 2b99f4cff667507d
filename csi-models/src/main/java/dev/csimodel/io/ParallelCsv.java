package dev.csimodel.io;

import dev.csimodel.CsiDataException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the data lines of a file in fixed byte ranges on several threads. Range k covers the
 * records that start in [dataStart + k·size − 1, dataStart + (k+1)·size − 1) after the first LF
 * (record boundaries found by each worker on its own), so the ranges, and the order in which
 * their states are merged, depend on the file and the range size only, never on the thread
 * count: 1 and 8 threads give bit-identical results. States are merged in range order as soon
 * as all earlier ranges are done, so memory holds the states of the ranges in flight, not of
 * the whole file.
 *
 * <p>The first problem in file order wins: a range that fails waits for the earlier ranges to be
 * counted, then rethrows with its true line; a range that needs the character path (a quote,
 * say) makes the whole read return empty, for the caller to read sequentially.
 *
 * @param <S> the sink's state
 */
final class ParallelCsv<S> {

    /** Bytes per range: large enough that a range's fixed costs vanish, small for balance. */
    static final int RANGE_BYTES = 4 << 20;
    /** A record may run this far past its range's nominal end before the character path takes over. */
    private static final int MAX_OVERRUN = 8 << 20;
    private static final int STEP = 1 << 16;

    private final FileChannel channel;
    private final long size;
    private final ByteLayout layout;
    private final RangeSink<S> sink;
    private final int rangeBytes;
    private final int ranges;
    private final Object[] outcomes;
    private final long[] lineFeeds;
    private final long[] rows;
    private final AtomicInteger next = new AtomicInteger();
    private volatile int stop = Integer.MAX_VALUE;
    private int merged;
    private S total;

    ParallelCsv(FileChannel channel, long size, ByteLayout layout, RangeSink<S> sink, int rangeBytes) {
        this.channel = channel;
        this.size = size;
        this.layout = layout;
        this.sink = sink;
        this.rangeBytes = rangeBytes;
        long data = size - layout.dataStart();
        this.ranges = (int) Math.max(1, (data + rangeBytes - 1) / rangeBytes);
        this.outcomes = new Object[ranges];
        this.lineFeeds = new long[ranges];
        this.rows = new long[ranges];
    }

    /**
     * @return the merged state of all ranges, or empty if the file needs the character path
     * @throws CsiDataException at the first bad record or cell of the file, naming its line
     */
    Optional<S> run(int threads) {
        int workers = Math.min(threads, ranges);
        if (sink.wantsLineCount()) {
            long[] counts = new long[ranges];
            AtomicInteger counted = new AtomicInteger();
            RuntimeException[] failure = new RuntimeException[1];
            onThreads(workers, () -> count(counted, counts, failure));
            if (failure[0] instanceof NotByteParsable) {
                return Optional.empty();
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            sink.layout(layout.columns().size(), counts, endsWithLineFeed());
        }
        onThreads(workers, this::work);
        return finish();
    }

    /** Runs {@code task} on {@code workers} threads, this one included, and waits for all. */
    private static void onThreads(int workers, Runnable task) {
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < workers; t++) {
            Thread worker = new Thread(task, "csv-range-" + t);
            worker.setDaemon(true);
            worker.start();
            started.add(worker);
        }
        task.run();
        for (Thread worker : started) {
            joinUninterruptibly(worker);
        }
    }

    /** The first pass of an in-memory read: the LF bytes of each range, to place its rows. */
    private void count(AtomicInteger counted, long[] counts, RuntimeException[] failure) {
        Worker worker = new Worker();
        for (int k = counted.getAndIncrement(); k < ranges; k = counted.getAndIncrement()) {
            try {
                worker.read(k);
                counts[k] = lineFeedsIn(worker.b, worker.start, worker.end);
            } catch (RuntimeException e) {
                synchronized (failure) {
                    // the character path wins: it gives the messages of a sequential read
                    failure[0] = failure[0] instanceof NotByteParsable ? failure[0] : e;
                }
            }
        }
    }

    private boolean endsWithLineFeed() {
        if (size == layout.dataStart()) {
            return true;
        }
        byte[] last = new byte[1];
        fill(last, 0, size - 1, 1);
        return last[0] == '\n';
    }

    private void work() {
        Worker worker = new Worker();
        for (int k = next.getAndIncrement(); k < ranges && k <= stop; k = next.getAndIncrement()) {
            Object outcome;
            try {
                worker.read(k);
                outcome = worker.parse(k);
            } catch (RuntimeException | Error e) {
                outcome = e;
            }
            done(k, outcome);
        }
    }

    /** One thread's buffer and the bounds of the range in it. */
    private final class Worker {

        private byte[] b = new byte[0];
        private int start;
        private int end;

        /** Reads range k's bytes (with the byte before and the overrun to its last LF). */
        void read(int k) {
            long nominalStart = layout.dataStart() + (long) k * rangeBytes;
            long nominalEnd = Math.min(size, nominalStart + rangeBytes);
            long from = k == 0 ? nominalStart : nominalStart - 1;
            int nominal = (int) (nominalEnd - from);
            if (b.length < nominal + STEP) {
                b = new byte[nominal + STEP];
            }
            int length = fill(b, 0, from, nominal);
            int lf = nominalEnd == size ? length : indexOfLineFeed(b, nominal - 1, length);
            while (lf < 0) {
                if (length - nominal > MAX_OVERRUN) {
                    throw NotByteParsable.INSTANCE;
                }
                if (b.length < length + STEP) {
                    b = Arrays.copyOf(b, b.length * 2);
                }
                int more = fill(b, length, from + length, (int) Math.min(STEP, size - from - length));
                lf = more == 0 ? length : indexOfLineFeed(b, length, length + more);
                length += more;
            }
            end = lf == length ? length : lf + 1;
            int first = k == 0 ? -1 : indexOfLineFeed(b, 0, end);
            start = k == 0 ? 0 : first < 0 ? end : first + 1;
        }

        Object parse(int k) {
            S state = sink.start(layout.columns(), k);
            RangeParser<S> parser = new RangeParser<>(layout, sink, state);
            boolean complete = parser.parse(b, start, end);
            lineFeeds[k] = parser.lineFeeds();
            rows[k] = parser.rows();
            return complete ? new Done<>(state) : parser;
        }
    }

    private record Done<S>(S state) {
    }

    private synchronized void done(int k, Object outcome) {
        outcomes[k] = outcome;
        if (!(outcome instanceof Done)) {
            stop = Math.min(stop, k);
        }
        while (merged < ranges && outcomes[merged] instanceof Done<?> d) {
            @SuppressWarnings("unchecked")
            S state = (S) d.state();
            total = merged == 0 ? state : sink.merge(total, state);
            outcomes[merged++] = Boolean.TRUE;
        }
    }

    private Optional<S> finish() {
        if (merged == ranges) {
            long all = 0;
            for (long r : rows) {
                all += r;
            }
            if (all == 0) {
                throw new CsiDataException(layout.source() + ": the file has a header but no data rows");
            }
            return Optional.of(total);
        }
        Object first = outcomes[merged];
        if (first instanceof NotByteParsable) {
            return Optional.empty();
        }
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
        long line = layout.firstDataLine();
        long row = 0;
        for (int k = 0; k < merged; k++) {
            line += lineFeeds[k];
            row += rows[k];
        }
        ((RangeParser<?>) first).retry(line, row);
        throw new IllegalStateException("unreachable");
    }

    private int fill(byte[] b, int at, long position, int length) {
        int done = 0;
        try {
            while (done < length) {
                int r = channel.read(ByteBuffer.wrap(b, at + done, length - done), position + done);
                if (r < 0) {
                    break;
                }
                done += r;
            }
        } catch (IOException e) {
            throw new CsiDataException(layout.source() + ": cannot read the file (" + e + ")", e);
        }
        return done;
    }

    private static int indexOfLineFeed(byte[] b, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int lineFeedsIn(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            // branch-free (1 exactly when the byte is LF): the loop runs cold, in the interpreter
            // and C1's profiling code, where a branch per byte costs several times more
            n += (((b[i] ^ '\n') & 0xFF) - 1) >>> 31;
        }
        return n;
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
