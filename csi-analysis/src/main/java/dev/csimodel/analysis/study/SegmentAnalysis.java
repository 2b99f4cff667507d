package dev.csimodel.analysis.study;

import dev.csimodel.CsiException;
import dev.csimodel.analysis.segments.ComparisonSettings;
import dev.csimodel.analysis.segments.SegmentComparison;
import dev.csimodel.analysis.segments.SegmentComparisonResult;
import dev.csimodel.data.DataTable;
import dev.csimodel.groups.BootstrapGroupResult;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.SegmentStrategy;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The segments of grouped data: each estimated on its own rows (cells outside the scale
 * treated as missing, so that one bad answer does not cost a segment its estimate), set side by
 * side and, on request, tested. Each segment's rows are prepared as for its own estimate, so the
 * comparison shows the values of the per-segment fits.
 */
final class SegmentAnalysis {

    private final Study study;
    private final PathModel model;
    private final Optional<IndicatorScales> scales;
    private final Map<String, DataTable> segments;

    SegmentAnalysis(Study study, GroupedData grouped) {
        this.study = study;
        this.model = study.model();
        this.scales = study.indicatorScales();
        this.segments = screened(grouped.segments());
    }

    private Map<String, DataTable> screened(Map<String, DataTable> raw) {
        if (study.indicatorScales().isEmpty()) {
            return raw;
        }
        Map<String, DataTable> out = new java.util.LinkedHashMap<>();
        raw.forEach((label, rows) -> out.put(label, ScaleScreen.apply(rows, model.indicators(), study.indicatorScales().get(),
                OutOfScalePolicy.MISSING).table()));
        return out;
    }

    /** @return each segment's fit, or why it has none; {@code source} names the data in messages */
    List<SegmentFit> fits(PlsResult all, String source, String column) {
        List<SegmentFit> out = new ArrayList<>();
        segments.forEach((label, rows) -> {
            try {
                out.add(fit(all, label, rows, source + " (" + column + " = " + label + ")"));
            } catch (CsiException ex) {
                out.add(SegmentFit.skipped(label, rows.rowCount(), ex.getMessage()));
            }
        });
        return out;
    }

    private SegmentFit fit(PlsResult all, String label, DataTable rows, String source) {
        PlsResult own = StudyRows.fit(model, rows, source, study.settings(), study.handling());
        boolean pooled = study.segments().weighting() == SegmentStrategy.POOLED;
        Optional<CsiIndex> index = scales.map(s -> pooled
                ? CsiIndex.of(all, s, StudyRows.scoreRows(model.indicators(), rows, study.handling().missing()))
                : CsiIndex.of(own, s));
        return SegmentFit.estimated(label, rows.rowCount(), own, index,
                StudyRows.weights(study.handling(), model, rows));
    }

    /**
     * @return the segments side by side and, with {@link SegmentPlan#test()}, MICOM and the
     *         permutation tests
     * @throws dev.csimodel.CsiDataException with the tests, naming a segment with too few rows
     */
    SegmentComparisonResult comparison() {
        List<String> labels = new ArrayList<>();
        List<DataTable> parts = new ArrayList<>();
        segments.forEach((label, seg) -> {
            DataTable rows = prepared(seg);
            parts.add(rows);
            for (int i = 0; i < rows.rowCount(); i++) {
                labels.add(label);
            }
        });
        DataTable all = StudyRows.concat(model.indicators(), parts);
        ComparisonSettings cs = study.segments().comparison().withEstimation(study.settings());
        if (study.segments().test()) {
            return scales.isPresent() ? SegmentComparison.compare(model, all, labels, scales.get(), cs)
                    : SegmentComparison.compare(model, all, labels, cs);
        }
        return scales.isPresent() ? SegmentComparison.sideBySide(model, all, labels, scales.get(), cs)
                : SegmentComparison.sideBySide(model, all, labels, cs);
    }

    /**
     * @return the bootstrap multi-group tests; empty, with an MGA_SKIPPED warning in {@code warnings},
     *         when a group cannot be bootstrapped
     */
    Optional<BootstrapGroupResult> groupTests(BootstrapPlan plan, List<StudyWarning> warnings) {
        List<String> labels = new ArrayList<>();
        List<DataTable> groups = new ArrayList<>();
        segments.forEach((label, seg) -> {
            labels.add(label);
            groups.add(StudyRows.scoreRows(model.indicators(), seg, study.handling().missing()));
        });
        try {
            return Optional.of(StudyBootstrap.groupTests(study, plan, labels, groups));
        } catch (CsiException ex) {
            warnings.add(StudyWarnings.skipped(StudyWarningKind.MGA_SKIPPED, "no multi-group tests: "
                    + ex.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The segment's rows after the missing-data strategy; when that fails (a constant column in a
     * tiny segment) its rows as they are, so that the comparison lists the segment as skipped
     * with the estimation's own reason.
     */
    private DataTable prepared(DataTable seg) {
        try {
            return StudyRows.scoreRows(model.indicators(), seg, study.handling().missing()).select(model.indicators());
        } catch (CsiException e) {
            return seg.select(model.indicators());
        }
    }
}
