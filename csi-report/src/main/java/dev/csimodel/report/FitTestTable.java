package dev.csimodel.report;

import dev.csimodel.bootstrap.FitBootstrapResult;
import dev.csimodel.bootstrap.FitMeasure;
import dev.csimodel.bootstrap.FitQuantiles;
import dev.csimodel.bootstrap.ImpliedModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code csi fit}: SRMR, d_ULS and d_G of the saturated and the estimated model
 * with the Bollen-Stine bootstrap's HI95 and HI99 quantiles and p-values (Dijkstra and Henseler
 * 2015): a measure above HI95 rejects the model at 5%.
 *
 * @param kind      always {@code "fit"}
 * @param data      the data source
 * @param model     the model file
 * @param resamples bootstrap resamples requested
 * @param seed      the bootstrap seed
 * @param measures  one entry per implied model and measure
 */
public record FitTestTable(String kind, String data, String model, int resamples, long seed, List<Measure> measures) implements TextOrJsonReport {

    /**
     * One measure of one implied model; {@code original} null for an undefined d_G (a matrix that
     * is not positive definite), the quantiles null when no resample gave the measure.
     */
    public record Measure(String implied, String measure, Double original, Double hi95, Double hi99, Double pValue,
                          int resamples) {
    }

    /**
     * @param data the data file's name
     * @param model the model file's name
     * @param result the Bollen-Stine bootstrap of the fit measures
     * @return the report of {@code result}
     */
    public static FitTestTable of(String data, String model, FitBootstrapResult result) {
        List<Measure> measures = new ArrayList<>();
        for (ImpliedModel implied : ImpliedModel.values()) {
            for (FitMeasure m : FitMeasure.values()) {
                FitQuantiles q = result.quantiles(implied, m);
                measures.add(new Measure(implied.name().toLowerCase(Locale.ROOT), m.name().toLowerCase(Locale.ROOT),
                        finite(q.original()), q.resamples() > 0 ? finite(q.q95()) : null,
                        q.resamples() > 0 ? finite(q.q99()) : null, q.resamples() > 0 ? finite(q.pValue()) : null,
                        q.resamples()));
            }
        }
        return new FitTestTable("fit", data, model, result.settings().resamples(), result.settings().seed(), measures);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    @Override
    public String command() {
        return "csi fit";
    }

    @Override
    public String text() {
        ReportTable t = new ReportTable(2, "model", "measure", "value", "HI95", "HI99", "p", "resamples", "verdict");
        for (Measure m : measures) {
            t.row(m.implied(), m.measure(), f(m.original()), f(m.hi95()), f(m.hi99()), f(m.pValue()),
                    Integer.toString(m.resamples()), verdict(m));
        }
        return String.format(Locale.ROOT, "Model fit of %s on %s: Bollen-Stine bootstrap, %d resamples, seed %d%n",
                model, data, resamples, seed) + t.render();
    }

    private static String verdict(Measure m) {
        if (m.original() == null || m.hi95() == null) {
            return ReportTables.NA;
        }
        return m.original() > m.hi95() ? "rejected at 5%" : "not rejected";
    }

    private static String f(Double v) {
        return v == null ? ReportTables.NA : String.format(Locale.ROOT, "%.4f", v);
    }
}
