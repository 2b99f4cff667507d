package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiException;
import dev.csimodel.analysis.segments.ComparisonSettings;
import dev.csimodel.analysis.segments.SegmentComparison;
import dev.csimodel.analysis.segments.SegmentComparisonResult;
import dev.csimodel.data.DataTable;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.index.SegmentStrategy;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.SegmentComparisonEntry;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The segments of {@code --group} side by side, and compared with {@code --compare-groups},
 * through {@link SegmentComparison}. Each segment's rows are prepared as for its own report
 * (cells outside the scale missing, then the missing-value strategy), so the table shows the
 * values of the per-segment reports.
 */
final class SegmentSideBySide {

    private final Estimation estimation;
    private final SegmentRequest request;
    private final Optional<Scale> scale;
    private final SegmentWeights weights;

    SegmentSideBySide(Estimation estimation, SegmentRequest request, Optional<Scale> scale, SegmentWeights weights) {
        this.estimation = estimation;
        this.request = request;
        this.scale = scale;
        this.weights = weights;
    }

    /**
     * @return {@code report} with the side-by-side table (and the tests)
     * @throws CsiDataException with {@code --compare-groups}, naming a segment with too few rows
     */
    EstimationReport attach(EstimationReport report, PathModel model, GroupedData g) {
        List<String> labels = new ArrayList<>();
        List<DataTable> parts = new ArrayList<>();
        for (Map.Entry<String, DataTable> e : g.segments().entrySet()) {
            DataTable seg = scale.map(s -> ScaleCells.apply(e.getValue(), model.indicators(), s, OutOfScale.MISSING)
                    .table()).orElse(e.getValue());
            DataTable rows = prepared(model, seg);
            parts.add(rows);
            for (int i = 0; i < rows.rowCount(); i++) {
                labels.add(e.getKey());
            }
        }
        DataTable all = concat(model.indicators(), parts);
        ComparisonSettings cs = ComparisonSettings.defaults().withPermutations(request.permutations())
                .withReplicates(request.replicates()).withSeed(request.seed()).withThreads(request.threadCount())
                .withStrategy(weights == SegmentWeights.POOLED ? SegmentStrategy.POOLED : SegmentStrategy.SEPARATE)
                .withEstimation(estimation.settings());
        Optional<IndicatorScales> scales = scale.map(IndicatorScales::uniform);
        SegmentComparisonResult result;
        if (request.compare()) {
            result = scales.isPresent() ? SegmentComparison.compare(model, all, labels, scales.get(), cs)
                    : SegmentComparison.compare(model, all, labels, cs);
        } else {
            result = scales.isPresent() ? SegmentComparison.sideBySide(model, all, labels, scales.get(), cs)
                    : SegmentComparison.sideBySide(model, all, labels, cs);
        }
        return report.withSegmentComparison(SegmentComparisonEntry.of(model, result));
    }

    /**
     * The segment's rows after the missing-value strategy; when that fails (a constant column in a
     * tiny segment) its rows as they are, so that the comparison lists the segment as skipped
     * with the estimation's own reason.
     */
    private DataTable prepared(PathModel model, DataTable seg) {
        try {
            return estimation.scoreRows(model, seg).select(model.indicators());
        } catch (CsiException e) {
            return seg.select(model.indicators());
        }
    }

    private static DataTable concat(List<String> columns, List<DataTable> parts) {
        int n = parts.stream().mapToInt(DataTable::rowCount).sum();
        double[][] out = new double[columns.size()][n];
        int offset = 0;
        for (DataTable t : parts) {
            for (int j = 0; j < columns.size(); j++) {
                System.arraycopy(t.column(columns.get(j)), 0, out[j], offset, t.rowCount());
            }
            offset += t.rowCount();
        }
        return DataTable.ofColumns(columns, out);
    }
}
