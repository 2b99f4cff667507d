package dev.csimodel.predict;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * PLSpredict: k-fold cross-validated out-of-sample prediction of the endogenous indicators
 * (Shmueli, Ray, Velasquez Estrada and Chatla 2016; Shmueli, Sarstedt, Hair et al. 2019,
 * "Predictive model assessment in PLS-SEM: guidelines for using PLSpredict").
 *
 * <p>For each repetition the rows are shuffled with a generator seeded from
 * {@code (seed, repetition)} and dealt into k folds of sizes differing by at most one. For each
 * fold the model is estimated on the other folds; the holdout rows are scored with the training
 * weights, means and SDs, the endogenous constructs predicted through the training path
 * coefficients ({@link PredictionTechnique}), and each endogenous indicator predicted as
 * {@code x̂ = m + s · λ · ŷ} (see {@link ScoreProjection}). The linear-model benchmark is fitted
 * on the same training rows. Metrics ({@link IndicatorPrediction}) are computed per repetition
 * over all n rows and then averaged over repetitions.
 *
 * <p>Deterministic: the same model, data and settings give the same result. Immutable and
 * thread-safe.
 */
public final class PlsPredict {

    private final PlsEstimator estimator;
    private final PredictionSettings settings;

    /**
     * @param estimation how each training fold is estimated
     * @param settings   folds, repetitions, seed and technique
     */
    public PlsPredict(PlsSettings estimation, PredictionSettings settings) {
        Arguments.requireNonNull(estimation, "estimation");
        Arguments.requireNonNull(settings, "settings");
        this.estimator = new PlsEstimator(estimation);
        this.settings = settings;
    }

    /** @return PLSpredict with default estimation and prediction settings */
    public static PlsPredict withDefaults() {
        return new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults());
    }

    /**
     * Cross-validates {@code model} on {@code data}.
     *
     * @throws CsiSpecificationException if the model has no endogenous construct or there are
     *                                   more folds than rows
     * @throws CsiDataException          if a training fold cannot be estimated (e.g. an
     *                                   indicator is constant in it)
     * @param model the path model
     * @param data the complete rows, one column per indicator of {@code model}
     * @return the out-of-sample metrics (RMSE, MAE, Q²predict) per indicator, with the linear benchmark
     */
    public PredictionResult run(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        List<String> items = endogenousIndicators(model);
        int n = data.rowCount();
        if (settings.folds() > n) {
            throw new CsiSpecificationException(settings.folds() + " folds for only " + n + " rows");
        }
        double[][] sums = new double[items.size()][6];
        for (int rep = 0; rep < settings.repetitions(); rep++) {
            int[] fold = assignFolds(n, settings.folds(), settings.seed(), rep);
            Predictions p = new Predictions(items.size(), n);
            for (int f = 0; f < settings.folds(); f++) {
                predictFoldWithContext(model, data, fold, f, items, p, rep);
            }
            for (int i = 0; i < items.size(); i++) {
                double[] metrics = p.metrics(i, data.column(items.get(i)));
                for (int m = 0; m < metrics.length; m++) {
                    sums[i][m] += metrics[m];
                }
            }
        }
        return result(model, items, sums);
    }

    /**
     * @return the out-of-sample PLS predictions {@code [indicator][row]} of repetition {@code rep}
     *         (indicators as {@link #endogenousIndicators}), for tests built on the residuals (CVPAT)
     */
    double[][] outOfSample(PathModel model, DataTable data, int rep) {
        List<String> items = endogenousIndicators(model);
        int n = data.rowCount();
        if (settings.folds() > n) {
            throw new CsiSpecificationException(settings.folds() + " folds for only " + n + " rows");
        }
        int[] fold = assignFolds(n, settings.folds(), settings.seed(), rep);
        Predictions p = new Predictions(items.size(), n);
        for (int f = 0; f < settings.folds(); f++) {
            predictFoldWithContext(model, data, fold, f, items, p, rep);
        }
        return p.pls;
    }

    private PredictionResult result(PathModel model, List<String> items, double[][] sums) {
        double reps = settings.repetitions();
        List<IndicatorPrediction> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            double[] s = sums[i];
            out.add(new IndicatorPrediction(items.get(i), constructOf(model, items.get(i)),
                    s[0] / reps, s[1] / reps, s[2] / reps, s[3] / reps, s[4] / reps, s[5] / reps));
        }
        return new PredictionResult(settings, out);
    }

    /**
     * Fold of every row: a Fisher-Yates shuffle of the rows from a generator seeded by
     * {@code (seed, repetition)}, dealt round-robin so that fold sizes differ by at most one.
     */
    static int[] assignFolds(int n, int folds, long seed, int repetition) {
        SplittableRandom rnd = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * repetition);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % folds;
        }
        return fold;
    }

    /** Runs one fold, naming the repetition and fold if the training rows cannot be estimated. */
    private void predictFoldWithContext(PathModel model, DataTable data, int[] fold, int f, List<String> items,
                                        Predictions p, int rep) {
        try {
            predictFold(model, data, fold, f, items, p);
        } catch (CsiDataException e) {
            throw new CsiDataException(context(rep, f) + e.getMessage(), e);
        } catch (CsiEstimationException e) {
            throw new CsiEstimationException(context(rep, f) + e.getMessage(), e);
        }
    }

    private String context(int rep, int f) {
        return "repetition " + (rep + 1) + ", fold " + (f + 1) + " of " + settings.folds() + ": ";
    }

    private void predictFold(PathModel model, DataTable data, int[] fold, int f, List<String> items, Predictions p) {
        int[] test = rowsWhere(fold, f, true);
        DataTable train = data.rows(rowsWhere(fold, f, false));
        DataTable holdout = data.rows(test);
        PlsResult fit = estimator.estimate(model, train);
        ScoreProjection proj = new ScoreProjection(fit);
        double[][] yhat = proj.constructPredictions(proj.scores(holdout), settings.technique());
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            double[] y = yhat[model.indexOf(constructOf(model, item))];
            for (int r = 0; r < test.length; r++) {
                p.pls[i][test[r]] = proj.itemPrediction(item, y[r]);
                p.naive[i][test[r]] = proj.mean(item);
            }
        }
        for (String c : model.endogenous()) {
            List<String> deps = model.construct(c).indicators();
            double[][] lm = LinearBenchmark.fitAndPredict(train, holdout, benchmarkPredictors(model, c), deps, c);
            for (int d = 0; d < deps.size(); d++) {
                int i = items.indexOf(deps.get(d));
                for (int r = 0; r < test.length; r++) {
                    p.lm[i][test[r]] = lm[d][r];
                }
            }
        }
    }

    /** Indicators of the direct antecedents (DA) or of all exogenous constructs (EA). */
    private List<String> benchmarkPredictors(PathModel model, String construct) {
        List<String> sources = settings.technique() == PredictionTechnique.DIRECT_ANTECEDENTS
                ? model.predecessors(construct)
                : model.constructNames().stream().filter(c -> !model.isEndogenous(c)).toList();
        List<String> out = new ArrayList<>();
        sources.forEach(s -> out.addAll(model.construct(s).indicators()));
        return out;
    }

    private static int[] rowsWhere(int[] fold, int f, boolean in) {
        int count = 0;
        for (int v : fold) {
            count += (v == f) == in ? 1 : 0;
        }
        int[] rows = new int[count];
        int a = 0;
        for (int r = 0; r < fold.length; r++) {
            if ((fold[r] == f) == in) {
                rows[a++] = r;
            }
        }
        return rows;
    }

    /** @return the indicators of the endogenous constructs, model order */
    static List<String> endogenousIndicators(PathModel model) {
        List<String> items = new ArrayList<>();
        model.endogenous().forEach(c -> items.addAll(model.construct(c).indicators()));
        if (items.isEmpty()) {
            throw new CsiSpecificationException("the model has no endogenous construct, so nothing to predict");
        }
        return items;
    }

    private static String constructOf(PathModel model, String indicator) {
        return model.constructs().stream().filter(c -> c.indicators().contains(indicator))
                .findFirst().orElseThrow().name();
    }

    /** Out-of-sample predictions of one repetition, {@code [indicator][row]}. */
    private static final class Predictions {
        final double[][] pls;
        final double[][] lm;
        final double[][] naive;

        Predictions(int items, int n) {
            pls = new double[items][n];
            lm = new double[items][n];
            naive = new double[items][n];
        }

        /** @return PLS RMSE, MAE, Q²predict, then the same for LM */
        double[] metrics(int i, double[] actual) {
            double ssNaive = 0;
            for (int r = 0; r < actual.length; r++) {
                double e = actual[r] - naive[i][r];
                ssNaive += e * e;
            }
            double[] a = errors(actual, pls[i], ssNaive);
            double[] b = errors(actual, lm[i], ssNaive);
            return new double[]{a[0], a[1], a[2], b[0], b[1], b[2]};
        }

        private static double[] errors(double[] actual, double[] predicted, double ssNaive) {
            double sse = 0;
            double sae = 0;
            for (int r = 0; r < actual.length; r++) {
                double e = actual[r] - predicted[r];
                sse += e * e;
                sae += Math.abs(e);
            }
            int n = actual.length;
            return new double[]{Math.sqrt(sse / n), sae / n, 1 - sse / ssNaive};
        }
    }
}
