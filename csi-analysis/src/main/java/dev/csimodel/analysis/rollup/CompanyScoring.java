package dev.csimodel.analysis.rollup;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.SegmentIndex;
import dev.csimodel.models.index.SegmentIndices;
import dev.csimodel.models.index.SegmentSettings;
import dev.csimodel.models.index.Segmentation;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Company indices of one sample (the data, or a bootstrap replicate of it) through
 * {@link SegmentIndices}, as the company rows of a {@link Nodes} value table.
 */
final class CompanyScoring {

    private final PathModel model;
    private final Hierarchy hierarchy;
    private final IndicatorScales scales;
    private final SegmentSettings settings;
    private final List<String> constructs;

    CompanyScoring(PathModel model, Hierarchy hierarchy, IndicatorScales scales, RollupSettings settings) {
        this.model = model;
        this.hierarchy = hierarchy;
        this.scales = scales;
        this.settings = new SegmentSettings(settings.scoring(), settings.minimumSize(), settings.estimation());
        this.constructs = model.constructs().stream().map(Construct::name).toList();
    }

    List<String> constructs() {
        return constructs;
    }

    /** @return the company indices of {@code sample}, whose row r belongs to company {@code labels[r]} */
    SegmentIndices indices(DataTable sample, String[] labels) {
        return SegmentIndices.compute(model, sample, Segmentation.of(labels), scales, settings);
    }

    /** @return the company indices of one-pass moments, by company name */
    SegmentIndices indices(Map<String, MomentAccumulator> companies) {
        return SegmentIndices.compute(model, companies, scales, settings);
    }

    /**
     * @return the company indices of a Poisson-bootstrap replicate: its company sizes vary, so the
     *         minimum size is not applied again (a company excluded in the data is excluded from
     *         every replicate by {@link RollupBootstrap#finish})
     */
    SegmentIndices replicateIndices(Map<String, MomentAccumulator> companies) {
        SegmentSettings any = new SegmentSettings(settings.strategy(), 1, settings.estimation());
        return SegmentIndices.compute(model, companies, scales, any);
    }

    /** @return {@code double[node][construct]}, company rows filled (NaN: no index), the rest NaN */
    double[][] values(SegmentIndices indices, Nodes nodes) {
        double[][] values = new double[nodes.size()][constructs.size()];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        List<Company> companies = hierarchy.companies();
        for (int k = 0; k < companies.size(); k++) {
            indices.segment(companies.get(k).name()).ifPresent(s -> fill(s, values));
        }
        return values;
    }

    private void fill(SegmentIndex segment, double[][] values) {
        int k = hierarchy.companies().indexOf(hierarchy.company(segment.segment()).orElseThrow());
        for (int c = 0; c < constructs.size(); c++) {
            OptionalDouble v = segment.index().index(constructs.get(c));
            values[k][c] = v.isPresent() ? v.getAsDouble() : Double.NaN;
        }
    }
}
