package dev.csimodel.spark;

import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * A serialisable stand-in for a model and its settings, shipped to executors inside Spark
 * closures: the model travels as its lavaan-style syntax ({@link ModelSyntax#format}), the
 * settings as their components, and both are rebuilt on the executor.
 */
record EstimatorSpec(String modelSyntax, InnerScheme scheme, Scaling scaling, double tolerance,
                     int maxIterations, HashMap<String, Double> startWeights, boolean failOnNonConvergence)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static EstimatorSpec of(PathModel model, PlsSettings s) {
        return new EstimatorSpec(ModelSyntax.format(model), s.scheme(), s.scaling(), s.tolerance(),
                s.maxIterations(), new HashMap<>(s.startWeights()), s.failOnNonConvergence());
    }

    PathModel model() {
        return ModelSyntax.parse(modelSyntax);
    }

    PlsEstimator estimator() {
        return new PlsEstimator(new PlsSettings(scheme, scaling, tolerance, maxIterations,
                Map.copyOf(startWeights), failOnNonConvergence));
    }
}
