package dev.csimodel.spark;

import dev.csimodel.analysis.study.Study;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.spec.PathModel;

/**
 * The {@link Study} a Spark job's fits belong to: the job reduces the rows to moments and
 * estimates on them, and the study API ({@link dev.csimodel.analysis.study.StudyAnalysis#fromFit})
 * makes the indices and the map from each fit, as the command line does for a streamed file.
 */
final class SparkStudy {

    private SparkStudy() {
    }

    /** @return the study of {@code model} with {@code scales} (null for no index) and default PLS settings */
    static Study of(PathModel model, IndicatorScales scales) {
        return of(model, PlsSettings.defaults(), scales);
    }

    /** @return the study of {@code model} estimated with {@code settings}, with {@code scales} (null for no index) */
    static Study of(PathModel model, PlsSettings settings, IndicatorScales scales) {
        return Study.builder(model).settings(settings).scales(scales).build();
    }
}
