package dev.csimodel.predict;

import dev.csimodel.Arguments;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.PathModel;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * CVPAT, the cross-validated predictive ability test (Liengaard et al. 2021; formulas in
 * {@link CvpatResult}), on the out-of-sample predictions of {@link PlsPredict}: both models are
 * cross-validated on the same folds (same seed and rows), and with several repetitions each
 * row's loss is its mean over the repetitions. Immutable and thread-safe.
 */
public final class Cvpat {

    private final PlsPredict predict;
    private final PredictionSettings settings;

    /**
     * @param estimation how each training fold is estimated
     * @param settings   folds, repetitions, seed and technique of the predictions
     */
    public Cvpat(PlsSettings estimation, PredictionSettings settings) {
        Arguments.requireNonNull(estimation, "estimation");
        Arguments.requireNonNull(settings, "settings");
        this.predict = new PlsPredict(estimation, settings);
        this.settings = settings;
    }

    /**
     * @return the test of {@code first} against {@code second} on {@code data}
     * @throws CsiSpecificationException if the models share no endogenous construct with indicators
     * @throws CsiEstimationException    if the two models' losses are identical on every row
     *                                   (the statistic is undefined)
     * @param first the first model (the one H1 of {@link CvpatResult#pValueFirstBetter()} favours)
     * @param second the second model, estimated on the same rows
     * @param data the complete rows holding every indicator of both models
     */
    public CvpatResult compare(PathModel first, PathModel second, DataTable data) {
        Arguments.requireNonNull(first, "first");
        Arguments.requireNonNull(second, "second");
        Arguments.requireNonNull(data, "data");
        List<String> targets = targets(first, second);
        double[] l1 = losses(first, data, targets);
        double[] l2 = losses(second, data, targets);
        int n = l1.length;
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            d[i] = l2[i] - l1[i];
            mean += d[i];
        }
        mean /= n;
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        if (!(ss > 0)) {
            throw new CsiEstimationException("CVPAT is undefined: the two models have the same loss on every row");
        }
        double t = mean / Math.sqrt(ss / (n - 1) / n);
        TDistribution student = new TDistribution(null, n - 1);
        return new CvpatResult(targets, n, average(l1), average(l2), mean, t, n - 1,
                2 * student.cumulativeProbability(-Math.abs(t)), 1 - student.cumulativeProbability(t));
    }

    /** The indicators of the constructs endogenous in both models, first model's order. */
    private static List<String> targets(PathModel first, PathModel second) {
        List<String> secondItems = PlsPredict.endogenousIndicators(second);
        List<String> out = new ArrayList<>();
        for (String item : PlsPredict.endogenousIndicators(first)) {
            if (secondItems.contains(item)) {
                out.add(item);
            }
        }
        if (out.isEmpty()) {
            throw new CsiSpecificationException("CVPAT compares the predictions of shared endogenous indicators, but "
                    + "the two models have none in common");
        }
        return out;
    }

    /** Per row: the mean over the targets and repetitions of the squared out-of-sample error. */
    private double[] losses(PathModel model, DataTable data, List<String> targets) {
        List<String> items = PlsPredict.endogenousIndicators(model);
        int n = data.rowCount();
        double[] loss = new double[n];
        for (int rep = 0; rep < settings.repetitions(); rep++) {
            double[][] predicted = predict.outOfSample(model, data, rep);
            for (String target : targets) {
                double[] actual = data.column(target);
                double[] p = predicted[items.indexOf(target)];
                for (int i = 0; i < n; i++) {
                    double e = actual[i] - p[i];
                    loss[i] += e * e;
                }
            }
        }
        double scale = (double) targets.size() * settings.repetitions();
        for (int i = 0; i < n; i++) {
            loss[i] /= scale;
        }
        return loss;
    }

    private static double average(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
