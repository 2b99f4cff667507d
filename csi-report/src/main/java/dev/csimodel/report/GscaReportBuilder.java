package dev.csimodel.report;

import dev.csimodel.gsca.GscaResult;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.List;

import static dev.csimodel.report.ReportBuilder.number;

/**
 * Turns a {@link GscaResult} into an {@link EstimationReport}: weights, loadings, paths and R²,
 * and per construct how its weights were found ("GSCA", or "unit" for fixed unit weights). The
 * PLS quality criteria, OLS inference, effects and HTMT are not part of a GSCA report (null or
 * empty), so nothing PLS computed is shown as if GSCA had.
 */
public final class GscaReportBuilder {

    /** The mode reported for a block whose weights GSCA estimated. */
    public static final String GSCA_MODE = "GSCA";

    private GscaReportBuilder() {
    }

    /**
     * @param fit the GSCA estimate
     * @param settings how the estimate was made
     * @return the report of {@code fit}, made with {@code settings} (estimator set to "gsca")
     */
    public static EstimationReport of(GscaResult fit, ReportSettings settings) {
        return new EstimationReport(settings.withEstimator("gsca"), Math.round(fit.observations()), fit.converged(),
                fit.iterations(), constructs(fit), indicators(fit), paths(fit), List.of(), List.of(), null, null,
                null, List.of(), null, null, null, null);
    }

    private static List<ConstructEntry> constructs(GscaResult fit) {
        List<ConstructEntry> out = new ArrayList<>();
        for (Construct c : fit.model().constructs()) {
            String n = c.name();
            String mode = fit.fixedWeights(n).map(ReportBuilder::modeName).orElse(GSCA_MODE);
            out.add(new ConstructEntry(n, mode, c.type() == ConstructType.COMMON_FACTOR ? "common factor" : "composite",
                    number(fit.rSquared(n)), number(fit.adjustedRSquared(n)), null, null, null, null, null,
                    null, null, null, null, null, null));
        }
        return out;
    }

    private static List<IndicatorEntry> indicators(GscaResult fit) {
        List<IndicatorEntry> out = new ArrayList<>();
        for (Construct c : fit.model().constructs()) {
            for (String i : c.indicators()) {
                double l = fit.loading(i);
                out.add(new IndicatorEntry(i, c.name(), number(fit.weight(i)), number(l), number(l * l), null, null));
            }
        }
        return out;
    }

    private static List<PathEntry> paths(GscaResult fit) {
        List<PathEntry> out = new ArrayList<>();
        for (StructuralPath p : fit.model().paths()) {
            out.add(new PathEntry(p.from(), p.to(), number(fit.pathCoefficient(p.from(), p.to())), null, null, null,
                    null, null, null, null, null, null, null, null, null));
        }
        return out;
    }
}
