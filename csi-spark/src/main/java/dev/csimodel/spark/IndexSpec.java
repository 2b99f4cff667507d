package dev.csimodel.spark;

import dev.csimodel.CsiException;
import dev.csimodel.analysis.study.StudyAnalysis;
import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaire scale of every indicator, in a form that travels to Spark executors
 * ({@link IndicatorScales} is not serialisable): indicator → {min, max}.
 */
record IndexSpec(HashMap<String, double[]> scales) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @throws dev.csimodel.CsiSpecificationException naming an indicator without a scale */
    static IndexSpec of(PathModel model, IndicatorScales scales) {
        HashMap<String, double[]> m = new HashMap<>();
        for (String ind : model.indicators()) {
            Scale s = scales.scaleOf(ind);
            m.put(ind, new double[]{s.min(), s.max()});
        }
        return new IndexSpec(m);
    }

    IndicatorScales indicatorScales() {
        Map<String, Scale> m = new HashMap<>();
        scales.forEach((k, v) -> m.put(k, Scale.of(v[0], v[1])));
        return IndicatorScales.of(m);
    }

    /**
     * The 0-100 index of {@code fit} (Fornell et al. 1996, from the fit's indicator means).
     *
     * @return the index, or the reason it is undefined (non-positive weight, mean off the scale)
     */
    static Outcome index(PlsResult fit, IndicatorScales scales) {
        try {
            StudyResult study = StudyAnalysis.fromFit(SparkStudy.of(fit.model(), scales), "segment", fit,
                    Optional.empty(), false);
            return new Outcome(study.indices().orElseThrow(), null);
        } catch (CsiException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    /** An index or why there is none. */
    record Outcome(CsiIndex index, String failure) {
    }
}
