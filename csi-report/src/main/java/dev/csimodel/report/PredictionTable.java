package dev.csimodel.report;

import dev.csimodel.predict.IndicatorPrediction;
import dev.csimodel.predict.PredictionResult;
import dev.csimodel.predict.PredictionSettings;

import java.util.List;
import java.util.Locale;

/**
 * The report of {@code csi predict}: PLSpredict (Shmueli et al. 2016, 2019) for every indicator
 * of every endogenous construct: out-of-sample RMSE, MAE and Q²predict of the PLS model and of
 * the linear-model benchmark (each indicator regressed on all exogenous indicators).
 *
 * @param kind        always {@code "predict"}
 * @param data        the data source
 * @param model       the model file
 * @param observations rows used
 * @param folds       cross-validation folds
 * @param repetitions repetitions of the fold split (values are their means)
 * @param seed        seed of the fold split
 * @param indicators  one entry per endogenous indicator, in model order
 */
public record PredictionTable(String kind, String data, String model, int observations, int folds, int repetitions,
                              long seed, List<IndicatorPrediction> indicators) implements TextOrJsonReport {

    /**
     * @param data the data file's name
     * @param model the model file's name
     * @param observations the number of rows predicted
     * @param result the PLSpredict result
     * @return the report of {@code result} on {@code observations} rows
     */
    public static PredictionTable of(String data, String model, int observations, PredictionResult result) {
        PredictionSettings s = result.settings();
        return new PredictionTable("predict", data, model, observations, s.folds(), s.repetitions(), s.seed(),
                result.all());
    }

    @Override
    public String command() {
        return "csi predict";
    }

    @Override
    public String text() {
        ReportTable t = new ReportTable(2, "indicator", "construct", "RMSE", "MAE", "Q2predict", "LM RMSE", "LM MAE",
                "PLS < LM");
        for (IndicatorPrediction p : indicators) {
            t.row(p.indicator(), p.construct(), f(p.rmse()), f(p.mae()), f(p.q2predict()), f(p.lmRmse()), f(p.lmMae()),
                    p.plsBeatsLmOnRmse() ? "yes" : "no");
        }
        long better = indicators.stream().filter(IndicatorPrediction::plsBeatsLmOnRmse).count();
        return String.format(Locale.ROOT, "PLSpredict of %s on %s: %d rows, %d folds x %d repetitions, seed %d%n",
                model, data, observations, folds, repetitions, seed) + t.render()
                + String.format(Locale.ROOT, "  PLS predicts %d of %d indicators with a lower RMSE than the linear "
                + "benchmark (Shmueli et al. 2019: all = high, majority = medium, minority = low predictive power)%n",
                better, indicators.size());
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
