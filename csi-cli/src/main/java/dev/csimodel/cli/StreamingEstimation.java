package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.analysis.study.WeightSummary;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.MissingDataEntry;
import dev.csimodel.report.ReportSettings;
import dev.csimodel.report.SegmentEntry;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.stream.SegmentResult;
import dev.csimodel.stream.SegmentedAccumulator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code --streaming}: one pass over the data (a CSV file record by record; any other source
 * through {@link DataSource#stream}, a database or Parquet file by its cursor), into a
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
    private StreamTally tally;

    StreamingEstimation(Estimation run, PathModel model, DataOptions data, String group) {
        run.requireStreamable(group != null);
        this.run = run;
        this.model = model;
        this.data = data;
        this.group = group;
        this.listwise = data.missingStrategy == MissingStrategy.LISTWISE;
        this.indicators = model.indicators();
    }

    /** @return the report on all rows, with one segment per group if {@code --group} was given */
    EstimationReport report(ReportSettings rs) {
        tally = accumulate();
        MomentAccumulator all = tally.all;
        double[] allWeights = tally.allWeights;
        SegmentedAccumulator<String> segments = tally.segments;
        PlsEstimator estimator = new PlsEstimator(run.settings());
        EstimationReport report = withMissing(run.reportFromMoments(estimator.estimate(model, all.toMoments()),
                rs, weights(allWeights), true), all, tally.missingCells, null);
        if (segments == null) {
            return report;
        }
        List<SegmentEntry> entries = new ArrayList<>();
        for (SegmentResult<String> s : segments.estimate(model, estimator)) {
            MomentAccumulator acc = segments.segment(s.segment());
            int rows = Math.toIntExact(acc.rowCount() + acc.skippedRows());
            PlsResult fit = s.estimate().orElse(null);
            entries.add(fit == null ? SegmentEntry.skipped(s.segment(), rows, s.failure())
                    : SegmentEntry.estimated(s.segment(), rows, withMissing(run.reportFromMoments(fit, rs,
                    weights(tally.segmentWeights.getOrDefault(s.segment(), new double[3])), false), acc,
                    tally.segmentMissing.getOrDefault(s.segment(), 0L), s.segment())));
        }
        return report.withSegments(entries);
    }

    /**
     * One pass over the data: a file in parallel byte ranges on {@code --read-threads} threads
     * (merged in file order, so the report does not depend on the count), standard input
     * sequentially.
     */
    private StreamTally accumulate() {
        StreamTally.Fold fold = new StreamTally.Fold(indicators, data.weights, listwise, group != null);
        if (data.kind() != DataKind.CSV) {
            return accumulate(data.source(), fold);
        }
        CsvDataReader reader = SurveyData.reader(data);
        Function<List<String>, List<String>> columns = header -> SurveyData.usedColumns(data, header, List.of(model));
        if (!data.standardInput()) {
            return reader.fold(data.data, columns, group, fold);
        }
        try (InputStream in = SurveyData.open(data)) {
            return reader.fold(in, SurveyData.source(data), columns, group, fold);
        } catch (IOException e) {
            throw new CsiDataException(SurveyData.source(data) + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A typed source (.sav, .xlsx, .parquet, database): its chunks in source order into one
     * tally; a database or Parquet file streams through a cursor, so memory stays one chunk.
     */
    private StreamTally accumulate(DataSource source, StreamTally.Fold fold) {
        List<String> used = SurveyData.usedColumns(data, source.columnNames(), List.of(model));
        MissingCodes codes = MissingCodes.of(data);
        StreamTally tally = fold.start(used);
        double[] row = new double[used.size()];
        source.stream(used, Optional.ofNullable(group), chunk -> {
            for (int i = 0; i < chunk.rows(); i++) {
                chunk.copyRow(i, row);
                codes.apply(row);
                int at = i;
                fold.row(tally, row, chunk.label(i).orElse(null), () -> chunk.place(at));
            }
        });
        return tally;
    }

    /** @return the weights of counts {rows, Σw, Σw²}, when {@code --weights} was given */
    private Optional<WeightSummary> weights(double[] sums) {
        return data.weights == null ? Optional.empty() : Optional.of(new WeightSummary(sums[0], sums[1], sums[2]));
    }

    /** Listwise deletion is reported as in memory: rows read, complete rows, missing values. */
    private EstimationReport withMissing(EstimationReport report, MomentAccumulator acc, long cells, String label) {
        long rows = acc.rowCount() + acc.skippedRows();
        if (!listwise || rows > Integer.MAX_VALUE || cells > Integer.MAX_VALUE) {
            return report;
        }
        long[] counts = acc == tally.all ? tally.missingByIndicator
                : tally.segmentMissingBy.getOrDefault(label, new long[indicators.size()]);
        List<MissingDataEntry.IndicatorMissingEntry> each = new ArrayList<>();
        for (int j = 0; j < indicators.size(); j++) {
            each.add(new MissingDataEntry.IndicatorMissingEntry(indicators.get(j), (int) counts[j], null));
        }
        return report.withMissingData(new MissingDataEntry("listwise", (int) rows, (int) acc.rowCount(), (int) cells, each));
    }
}
