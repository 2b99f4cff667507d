package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The options {@code csi estimate} of a model with higher-order constructs refuses; the estimate
 * of the stages is the study's ({@link dev.csimodel.analysis.study.StudyAnalysis}) and its report
 * {@link dev.csimodel.report.StudyReport}'s. The options that need more than
 * one plain fit of the model (bootstrap, segments, indices, sampling weights, missing values,
 * streaming) and consistent PLS are refused by name.
 */
final class HigherOrderEstimation {

    private HigherOrderEstimation() {
    }

    /** @throws CsiSpecificationException naming the first option that a higher-order model does not support */
    static void requireSupported(PathModel model, List<String> options) {
        if (!options.isEmpty()) {
            throw new CsiSpecificationException(options.get(0) + " is not supported for a model with higher-order"
                    + " construct '" + model.higherOrderConstructs().get(0).name() + "' yet; drop it");
        }
    }

    /** @return the options given that a higher-order model refuses, in the order checked */
    static List<String> unsupported(boolean streaming, boolean bootstrap, String group, boolean scale,
                                    DataHandling handling, boolean consistent) {
        List<String> out = new ArrayList<>();
        if (consistent) {
            out.add("--consistent (consistent PLS of a higher-order construct's stages)");
        }
        if (streaming) {
            out.add("--streaming (the two-stage approaches need the stage-1 scores of every row)");
        }
        if (bootstrap) {
            out.add("--bootstrap");
        }
        if (group != null) {
            out.add("--group");
        }
        if (scale) {
            out.add("--scale (0-100 indices of a higher-order construct)");
        }
        if (handling.weightColumn() != null) {
            out.add("--weights");
        }
        if (handling.missing() != MissingStrategy.REJECT) {
            out.add("--missing-strategy");
        }
        return out;
    }
}
