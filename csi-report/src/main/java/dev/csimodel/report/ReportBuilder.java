package dev.csimodel.report;

import dev.csimodel.data.missing.MissingDataReport;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.result.Coefficient;
import dev.csimodel.result.Diagnostic;
import dev.csimodel.result.Effect;
import dev.csimodel.result.HtmtCorrelations;
import dev.csimodel.result.ModelFit;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.QualityCriteria;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Turns a {@link PlsResult} into an {@link EstimationReport}. Non-finite numbers become null, so
 * that an undefined value is visible as such and never printed as a number.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    /**
     * @param index the 0-100 index of each construct by name, when the questionnaire scale is known
     * @param result the PLS estimate
     * @param settings how the estimate was made
     * @return the report of {@code result}, made with {@code settings}
     */
    public static EstimationReport of(PlsResult result, ReportSettings settings,
                                      Optional<ToDoubleFunction<String>> index) {
        QualityCriteria q = result.quality();
        List<ConstructEntry> constructs = constructs(result, q);
        if (index.isPresent()) {
            constructs = constructs.stream().map(c -> c.withIndex(number(index.get().applyAsDouble(c.name())))).toList();
        }
        FitEntry fit = fit(result.fit());
        return new EstimationReport(settings, Math.round(result.observations()), result.converged(),
                result.iterations(), constructs, indicators(result, q), paths(result, q),
                effects(result), htmt(result.model(), q, htmtKind(settings)), number(q.gof()), fit.srmrSaturated(), fit,
                diagnostics(result.diagnostics()), result.missingData()
                        .filter(m -> m.strategy() != MissingStrategy.REJECT).map(ReportBuilder::missing).orElse(null),
                null, null, null, null, Inference.pointEstimates(result), null);
    }

    private static MissingDataEntry missing(MissingDataReport m) {
        List<MissingDataEntry.IndicatorMissingEntry> each = m.indicators().stream()
                .map(i -> new MissingDataEntry.IndicatorMissingEntry(i.indicator(), i.missing(),
                        i.replacement().isPresent() && i.missing() > 0 ? number(i.replacement().getAsDouble()) : null))
                .toList();
        return new MissingDataEntry(m.strategy().name().toLowerCase(Locale.ROOT), m.rows(), m.completeRows(),
                m.totalMissing(), each);
    }

    private static FitEntry fit(ModelFit f) {
        return new FitEntry(number(f.srmrSaturated()), number(f.srmrEstimated()), number(f.dUlsSaturated()),
                number(f.dUlsEstimated()), number(f.dGSaturated()), number(f.dGEstimated()));
    }

    private static List<DiagnosticEntry> diagnostics(List<Diagnostic> found) {
        List<DiagnosticEntry> out = new ArrayList<>();
        for (Diagnostic d : found) {
            out.add(new DiagnosticEntry(d.kind().name(), d.kind().inadmissible(), d.constructs(), d.indicators(),
                    number(d.value()), d.message()));
        }
        return out;
    }

    private static List<ConstructEntry> constructs(PlsResult r, QualityCriteria q) {
        List<ConstructEntry> out = new ArrayList<>();
        for (Construct c : r.model().constructs()) {
            String n = c.name();
            boolean endogenous = r.model().isEndogenous(n);
            out.add(new ConstructEntry(n, modeName(c.mode()),
                    c.type() == ConstructType.COMMON_FACTOR ? "common factor" : "composite",
                    endogenous ? number(r.rSquared(n)) : null,
                    endogenous ? number(r.adjustedRSquared(n)) : null,
                    number(q.ave(n)), number(q.cronbachAlpha(n)), number(q.compositeReliability(n)),
                    number(q.rhoA(n)), number(q.dillonGoldsteinRho(n)), number(q.blockCommunality(n)),
                    endogenous ? number(q.meanRedundancy(n)) : null, null, null, null, null));
        }
        return out;
    }

    private static List<IndicatorEntry> indicators(PlsResult r, QualityCriteria q) {
        List<IndicatorEntry> out = new ArrayList<>();
        for (Construct c : r.model().constructs()) {
            boolean endogenous = r.model().isEndogenous(c.name());
            for (String i : c.indicators()) {
                out.add(new IndicatorEntry(i, c.name(), number(r.outerWeight(i)), number(r.loading(i)),
                        number(r.communality(i)), endogenous ? number(r.redundancy(i)) : null,
                        number(q.indicatorVif(i))));
            }
        }
        return out;
    }

    private static List<PathEntry> paths(PlsResult r, QualityCriteria q) {
        List<PathEntry> out = new ArrayList<>();
        for (StructuralPath p : r.model().paths()) {
            Coefficient c = r.path(p.from(), p.to());
            out.add(new PathEntry(p.from(), p.to(), number(c.estimate()), number(c.stdError()), number(c.tValue()),
                    number(c.pValue()), number(q.fSquare(p.from(), p.to())), number(q.predictorVif(p.to(), p.from())),
                    null, null, null, null, null, null, null));
        }
        return out;
    }

    private static List<EffectEntry> effects(PlsResult r) {
        List<EffectEntry> out = new ArrayList<>();
        for (Effect e : r.effects()) {
            out.add(new EffectEntry(e.from(), e.to(), number(e.direct()), number(e.indirect()), number(e.total())));
        }
        return out;
    }

    /** @return the HTMT correlations the settings name ("absolute" or "signed"; absolute if none) */
    private static HtmtCorrelations htmtKind(ReportSettings settings) {
        return settings.htmtCorrelations() == null ? HtmtCorrelations.ABSOLUTE
                : HtmtCorrelations.valueOf(settings.htmtCorrelations().toUpperCase(Locale.ROOT));
    }

    private static List<HtmtEntry> htmt(PathModel model, QualityCriteria q, HtmtCorrelations kind) {
        List<HtmtEntry> out = new ArrayList<>();
        List<String> names = model.constructNames();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                String x = names.get(a);
                String y = names.get(b);
                out.add(new HtmtEntry(x, y, number(q.htmt(x, y, kind)), number(q.htmt2(x, y))));
            }
        }
        return out;
    }

    /**
     * @param mode the outer mode
     * @return how reports name an outer mode: "A", "B" or "unit", the words of the model syntax
     */
    public static String modeName(OuterMode mode) {
        return mode == OuterMode.UNIT ? "unit" : mode.name();
    }

    /**
     * @param v a value, NaN or empty where it does not apply
     * @return {@code v}, or null if it is not finite
     */
    public static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * @param v a value, NaN or empty where it does not apply
     * @return the value, or null if absent or not finite
     */
    public static Double number(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : null;
    }
}
