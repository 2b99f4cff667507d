package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.io.CsvFold;
import dev.csimodel.io.CsvPlace;
import dev.csimodel.stream.SegmentedAccumulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code --streaming} keeps of the rows of one byte range of the file (or of the whole
 * input when it is read sequentially): the moments of all rows and of each group, the missing
 * values and the weight sums. Ranges are merged in file order ({@link Fold#merge}), so the
 * result does not depend on the number of reading threads.
 */
final class StreamTally {

    final MomentAccumulator all;
    final SegmentedAccumulator<String> segments;
    final Map<String, Long> segmentMissing = new HashMap<>();
    final Map<String, long[]> segmentMissingBy = new HashMap<>();
    long missingCells;
    /** {count, Σw, Σw²} of the rows used, whole sample and per segment. */
    final double[] allWeights = new double[3];
    final Map<String, double[]> segmentWeights = new HashMap<>();
    final long[] missingByIndicator;
    private final Fold fold;
    private final double[] x;

    private StreamTally(Fold fold) {
        this.fold = fold;
        List<String> indicators = fold.indicators;
        this.all = fold.listwise ? MomentAccumulator.skippingIncomplete(indicators) : MomentAccumulator.of(indicators);
        this.segments = !fold.grouped ? null : SegmentedAccumulator.like(fold.listwise
                ? MomentAccumulator.skippingIncomplete(indicators, SegmentedAccumulator.DEFAULT_CHUNK_ROWS)
                : MomentAccumulator.of(indicators, SegmentedAccumulator.DEFAULT_CHUNK_ROWS));
        this.missingByIndicator = new long[indicators.size()];
        this.x = new double[indicators.size()];
    }

    /**
     * The fold of {@code --streaming}: indicators taken from the columns read, weights checked,
     * missing values refused unless listwise.
     */
    static final class Fold implements CsvFold<StreamTally> {

        private final List<String> indicators;
        private final String weights;
        private final boolean listwise;
        private final boolean grouped;
        private int[] at;
        private int weightAt;

        Fold(List<String> indicators, String weights, boolean listwise, boolean grouped) {
            this.indicators = List.copyOf(indicators);
            this.weights = weights;
            this.listwise = listwise;
            this.grouped = grouped;
        }

        /** The positions are the same for every range (the header is read once), set on the first call. */
        @Override
        public synchronized StreamTally start(List<String> columns) {
            if (at == null) {
                int[] positions = new int[indicators.size()];
                for (int j = 0; j < positions.length; j++) {
                    positions[j] = columns.indexOf(indicators.get(j));
                }
                weightAt = weights == null ? -1 : columns.indexOf(weights);
                at = positions;
            }
            return new StreamTally(this);
        }

        @Override
        public void row(StreamTally t, double[] r, String label, CsvPlace place) {
            t.row(r, label, place);
        }

        @Override
        public StreamTally merge(StreamTally earlier, StreamTally later) {
            return earlier.merge(later);
        }
    }

    private void row(double[] r, String label, CsvPlace place) {
        int[] at = fold.at;
        int missing = 0;
        for (int j = 0; j < at.length; j++) {
            x[j] = r[at[j]];
            if (Double.isNaN(x[j])) {
                missing++;
                missingByIndicator[j]++;
                requireAllowed(place, j);
            }
        }
        double w = fold.weightAt < 0 ? 1.0 : weight(place, r[fold.weightAt]);
        add(label, w, missing);
    }

    private void add(String label, double w, int missing) {
        all.add(x, w);
        if (missing == 0) {
            addWeight(allWeights, w);
            if (segments != null) {
                addWeight(segmentWeights.computeIfAbsent(label, k -> new double[3]), w);
            }
        }
        missingCells += missing;
        if (segments != null) {
            segments.add(label, x, w);
            if (missing > 0) {
                segmentMissing.merge(label, (long) missing, Long::sum);
                long[] counts = segmentMissingBy.computeIfAbsent(label, k -> new long[x.length]);
                for (int j = 0; j < x.length; j++) {
                    counts[j] += Double.isNaN(x[j]) ? 1 : 0;
                }
            }
        }
    }

    /** Adds a used row's weight to {count, Σw, Σw²} (Kish's effective n, the frequency-weight check). */
    private static void addWeight(double[] sums, double w) {
        sums[0]++;
        sums[1] += w;
        sums[2] += w * w;
    }

    private StreamTally merge(StreamTally later) {
        all.merge(later.all);
        if (segments != null) {
            segments.merge(later.segments);
        }
        later.segmentMissing.forEach((k, v) -> segmentMissing.merge(k, v, Long::sum));
        later.segmentMissingBy.forEach((k, v) -> segmentMissingBy.merge(k, v, StreamTally::sum));
        missingCells += later.missingCells;
        sum(allWeights, later.allWeights);
        later.segmentWeights.forEach((k, v) -> segmentWeights.merge(k, v, StreamTally::sum));
        sum(missingByIndicator, later.missingByIndicator);
        return this;
    }

    private static double[] sum(double[] into, double[] more) {
        for (int j = 0; j < into.length; j++) {
            into[j] += more[j];
        }
        return into;
    }

    private static long[] sum(long[] into, long[] more) {
        for (int j = 0; j < into.length; j++) {
            into[j] += more[j];
        }
        return into;
    }

    private void requireAllowed(CsvPlace place, int j) {
        if (!fold.listwise) {
            throw new CsiDataException(place.place() + ", column '" + fold.indicators.get(j)
                    + "': missing value; choose --missing-strategy listwise (the strategy --streaming allows)");
        }
    }

    private double weight(CsvPlace place, double w) {
        if (!Double.isFinite(w) || w < 0) {
            throw new CsiDataException(place.place() + ", weight column '" + fold.weights + "': "
                    + (Double.isNaN(w) ? "missing weight" : "negative weight " + w));
        }
        return w;
    }
}
