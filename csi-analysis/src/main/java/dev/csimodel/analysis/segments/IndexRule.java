package dev.csimodel.analysis.segments;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.SegmentStrategy;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How a set of rows gets its 0-100 indices: from its own estimate (separate) or from the whole
 * sample's weights applied to its means (pooled, Fornell et al. 1996). The same rule serves the
 * observed segments and the permuted ones, so the permutation distribution is that of the
 * reported statistic.
 */
final class IndexRule {

    private final PathModel model;
    private final PlsEstimator estimator;
    private final IndicatorScales scales;
    private final PlsResult pooled;
    private final List<String> constructs;

    private IndexRule(PathModel model, PlsEstimator estimator, IndicatorScales scales, PlsResult pooled) {
        this.model = model;
        this.estimator = estimator;
        this.scales = scales;
        this.pooled = pooled;
        this.constructs = model.constructNames();
    }

    /** @param all every segment's rows together (the pooled estimate, for the pooled strategy) */
    static IndexRule of(SegmentStrategy strategy, PathModel model, PlsEstimator estimator, IndicatorScales scales,
                        DataTable all) {
        PlsResult pooled = strategy == SegmentStrategy.POOLED ? estimator.estimate(model, all) : null;
        return new IndexRule(model, estimator, scales, pooled);
    }

    /** @return the indices of a segment whose own estimate is {@code own} */
    CsiIndex index(PlsResult own, DataTable rows) {
        return pooled == null ? CsiIndex.of(own, scales) : CsiIndex.of(pooled, scales, rows);
    }

    /** @return every construct's index on {@code rows}, NaN where undefined; null when the estimate fails */
    double[] values(DataTable rows) {
        try {
            CsiIndex index = pooled == null ? CsiIndex.of(estimator.estimate(model, rows), scales)
                    : CsiIndex.of(pooled, scales, rows);
            return values(index);
        } catch (CsiDataException | CsiEstimationException e) {
            return null;
        }
    }

    double[] values(CsiIndex index) {
        double[] v = new double[constructs.size()];
        for (int k = 0; k < v.length; k++) {
            OptionalDouble x = index.index(constructs.get(k));
            v[k] = x.isPresent() ? x.getAsDouble() : Double.NaN;
        }
        return v;
    }
}
