package dev.csimodel.examples;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.national.IndexModel;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Estimates the European Customer Satisfaction Index model on the bundled bank survey and prints
 * the 0-100 index of each construct: the shortest path from data to a CSI.
 */
public final class EcsiBankExample {

    private EcsiBankExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the example, writing to {@code out}; returns the fit for inspection. */
    public static PlsResult run(PrintStream out) {
        DataTable data = BundledData.bankSatisfaction();
        PathModel model = IndexModel.ECSI.bind(Map.of(
                "IMAG", List.of("imag1", "imag2", "imag3", "imag4", "imag5"),
                "EXPE", List.of("expe1", "expe2", "expe3", "expe4", "expe5"),
                "QUAL", List.of("qual1", "qual2", "qual3", "qual4", "qual5"),
                "VAL", List.of("val1", "val2", "val3", "val4"),
                "SAT", List.of("sat1", "sat2", "sat3", "sat4"),
                "LOY", List.of("loy1", "loy2", "loy3", "loy4")));
        PlsResult fit = PlsEstimator.withDefaults().estimate(model, data);
        CsiIndex index = CsiIndex.of(fit, IndicatorScales.uniform(Scale.ZERO_TO_TEN));
        out.printf("ECSI, bank survey, n = %.0f, converged in %d iterations%n", fit.observations(), fit.iterations());
        out.printf("%-6s %8s %8s%n", "", "R2", "index");
        for (String c : model.constructNames()) {
            // an exogenous construct has no R²: "n/a", not 0.000
            OptionalDouble r2 = fit.rSquared(c);
            String shown = r2.isPresent() ? String.format(Locale.ROOT, "%8.3f", r2.getAsDouble()) : String.format("%8s", "n/a");
            out.printf("%-6s %s %8.2f%n", c, shown, index.requireIndex(c));
        }
        return fit;
    }
}
