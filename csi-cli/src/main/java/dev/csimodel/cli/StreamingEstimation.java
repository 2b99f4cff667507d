package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.MissingDataEntry;
import dev.csimodel.cli.report.ReportSettings;
import dev.csimodel.cli.report.SegmentEntry;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.io.CsvRowStream;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.stream.SegmentResult;
import dev.csimodel.stream.SegmentedAccumulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --streaming}: one pass over the CSV file, record by record, into a
 * {@link MomentAccumulator} (and one per group with {@code --group}), then the estimate from the
 * moments. Memory does not grow with the number of rows, so files larger than the heap can be
 * estimated. What needs the rows themselves (bootstrap, mean replacement, pairwise deletion,
 * pooled segment weights) is refused by {@link Estimation#requireStreamable}.
 */
final class StreamingEstimation {

    private final Estimation run;
    private final PathModel model;
    private final DataOptions data;
    private final String group;
    private final boolean listwise;
    private final List<String> indicators;
    private final MomentAccumulator all;
    private final SegmentedAccumulator<String> segments;
    private final Map<String, Long> segmentMissing = new HashMap<>();
    private final Map<String, long[]> segmentMissingBy = new HashMap<>();
    private long missingCells;
    /** {count, Σw, Σw²} of the rows used, whole sample and per segment. */
    private final double[] allWeights = new double[3];
    private final Map<String, double[]> segmentWeights = new HashMap<>();
    private long[] missingByIndicator;

    StreamingEstimation(Estimation run, PathModel model, DataOptions data, String group) {
        run.requireStreamable(group != null);
        this.run = run;
        this.model = model;
        this.data = data;
        this.group = group;
        this.listwise = data.missingStrategy == MissingStrategy.LISTWISE;
        this.indicators = model.indicators();
        this.all = listwise ? MomentAccumulator.skippingIncomplete(indicators) : MomentAccumulator.of(indicators);
        this.segments = group == null ? null : SegmentedAccumulator.like(listwise
                ? MomentAccumulator.skippingIncomplete(indicators, SegmentedAccumulator.DEFAULT_CHUNK_ROWS)
                : MomentAccumulator.of(indicators, SegmentedAccumulator.DEFAULT_CHUNK_ROWS));
    }

    /** @return the report on all rows, with one segment per group if {@code --group} was given */
    EstimationReport report(ReportSettings rs) {
        accumulate();
        PlsEstimator estimator = new PlsEstimator(run.settings());
        EstimationReport report = withMissing(run.reportFromMoments(estimator.estimate(model, all.toMoments()),
                run.weighted(rs, allWeights[1], allWeights[2]), true), all, missingCells, null)
                .withDiagnostics(run.weightWarnings(allWeights[0], allWeights[1]));
        if (segments == null) {
            return report;
        }
        List<SegmentEntry> entries = new ArrayList<>();
        for (SegmentResult<String> s : segments.estimate(model, estimator)) {
            MomentAccumulator acc = segments.segment(s.segment());
            int rows = Math.toIntExact(acc.rowCount() + acc.skippedRows());
            PlsResult fit = s.estimate().orElse(null);
            entries.add(fit == null ? SegmentEntry.skipped(s.segment(), rows, s.failure())
                    : SegmentEntry.estimated(s.segment(), rows, withMissing(run.reportFromMoments(fit,
                    segmentRs(rs, s.segment()), false), acc,
                    segmentMissing.getOrDefault(s.segment(), 0L), s.segment())));
        }
        return report.withSegments(entries);
    }

    private void accumulate() {
        CsvDataReader reader = SurveyData.reader(data);
        try (CsvRowStream rows = reader.stream(SurveyData.open(data), SurveyData.source(data),
                header -> SurveyData.usedColumns(data, header, List.of(model)), group)) {
            accumulate(rows);
        }
    }

    private void accumulate(CsvRowStream rows) {
        List<String> used = rows.columns();
        int[] at = new int[indicators.size()];
        for (int j = 0; j < at.length; j++) {
            at[j] = used.indexOf(indicators.get(j));
        }
        int weightAt = data.weights == null ? -1 : used.indexOf(data.weights);
        double[] x = new double[at.length];
        missingByIndicator = new long[at.length];
        while (rows.hasNext()) {
            double[] r = rows.next();
            int missing = 0;
            for (int j = 0; j < at.length; j++) {
                x[j] = r[at[j]];
                if (Double.isNaN(x[j])) {
                    missing++;
                    missingByIndicator[j]++;
                    requireAllowed(rows, j);
                }
            }
            double w = weightAt < 0 ? 1.0 : weight(rows, r[weightAt]);
            add(rows, x, w, missing);
        }
    }

    private ReportSettings segmentRs(ReportSettings rs, String segment) {
        double[] sums = segmentWeights.getOrDefault(segment, new double[3]);
        return run.weighted(rs, sums[1], sums[2]);
    }

    /** Adds a used row's weight to {count, Σw, Σw²} (Kish's effective n, the frequency-weight check). */
    private static void addWeight(double[] sums, double w) {
        sums[0]++;
        sums[1] += w;
        sums[2] += w * w;
    }

    private void add(CsvRowStream rows, double[] x, double w, int missing) {
        all.add(x, w);
        if (missing == 0) {
            addWeight(allWeights, w);
            if (segments != null) {
                addWeight(segmentWeights.computeIfAbsent(rows.label(), k -> new double[3]), w);
            }
        }
        missingCells += missing;
        if (segments != null) {
            segments.add(rows.label(), x, w);
            if (missing > 0) {
                segmentMissing.merge(rows.label(), (long) missing, Long::sum);
                long[] counts = segmentMissingBy.computeIfAbsent(rows.label(), k -> new long[x.length]);
                for (int j = 0; j < x.length; j++) {
                    counts[j] += Double.isNaN(x[j]) ? 1 : 0;
                }
            }
        }
    }

    private void requireAllowed(CsvRowStream rows, int j) {
        if (!listwise) {
            throw new CsiDataException(rows.place() + ", column '" + indicators.get(j)
                    + "': missing value; choose --missing-strategy listwise (the strategy --streaming allows)");
        }
    }

    private double weight(CsvRowStream rows, double w) {
        if (!Double.isFinite(w) || w < 0) {
            throw new CsiDataException(rows.place() + ", weight column '" + data.weights + "': "
                    + (Double.isNaN(w) ? "missing weight" : "negative weight " + w));
        }
        return w;
    }

    /** Listwise deletion is reported as in memory: rows read, complete rows, missing values. */
    private EstimationReport withMissing(EstimationReport report, MomentAccumulator acc, long cells, String label) {
        long rows = acc.rowCount() + acc.skippedRows();
        if (!listwise || rows > Integer.MAX_VALUE || cells > Integer.MAX_VALUE) {
            return report;
        }
        long[] counts = acc == all ? missingByIndicator : segmentMissingBy.getOrDefault(label, new long[indicators.size()]);
        List<MissingDataEntry.IndicatorMissingEntry> each = new ArrayList<>();
        for (int j = 0; j < indicators.size(); j++) {
            each.add(new MissingDataEntry.IndicatorMissingEntry(indicators.get(j), (int) counts[j], null));
        }
        return report.withMissingData(new MissingDataEntry("listwise", (int) rows, (int) acc.rowCount(), (int) cells, each));
    }
}
