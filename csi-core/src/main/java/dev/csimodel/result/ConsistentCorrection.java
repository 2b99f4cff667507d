package dev.csimodel.result;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;

import java.util.ArrayList;
import java.util.List;

/**
 * Consistent PLS (PLSc; Dijkstra and Henseler 2015, "Consistent partial least squares path
 * modeling", MIS Quarterly 39(2)): corrects the composite correlations and loadings of the
 * constructs declared common factors for the measurement error their composites carry.
 *
 * <p>With standardised Mode A weights ŵ (ŵ'Sŵ = 1), the probability limit of ŵ is proportional
 * to the loadings λ, {@code λ = c·ŵ}. The constant follows from the off-diagonal part of the
 * block's correlation matrix, {@code S − diag S ≈ λλ' − diag(λλ') = c²(ŵŵ' − diag ŵŵ')}, taken
 * in the metric of ŵ:
 * <pre>  ĉ² = ŵ'(S − diag S)ŵ / ŵ'(ŵŵ' − diag ŵŵ')ŵ,   λ̂ = ĉ·ŵ</pre>
 * and the reliability of the composite, its squared correlation with the factor, is
 * {@code ρA = (ŵ'λ̂)² = ĉ²(ŵ'ŵ)²} (ŵ'Sŵ = 1). Hence {@code λ̂ = ŵ·sqrt(ρA)/(ŵ'ŵ)}. Since the
 * composite is {@code sqrt(ρA)·η + error}, the factor correlations are
 * {@code r*_ij = r_ij / sqrt(ρA_i ρA_j)}, with ρ = 1 for composites, and an
 * indicator's correlation with another block's factor is its composite correlation over
 * {@code sqrt(ρA)}.
 *
 * <p>For a centred fit the same algebra runs on the covariance matrix with the weights in the
 * indicators' units, where Mode A weights are proportional to the unstandardised loadings; the
 * loading is then divided by the indicator's SD to report it as a correlation.
 */
final class ConsistentCorrection {

    /**
     * The corrected construct correlations and cross-loadings, which constructs were corrected
     * as common factors, and what was found on the way.
     */
    record Corrected(DMatrixRMaj lvCorrelation, DMatrixRMaj cross, boolean[] factor, List<Diagnostic> diagnostics) {
    }

    private ConsistentCorrection() {
    }

    /**
     * ρA of the block {@code [start, end)}: {@code (ŵ'ŵ)²·ŵ'(S − diag S)ŵ / ŵ'(ŵŵ' − diag ŵŵ')ŵ},
     * 1 for a single indicator (Dijkstra and Henseler 2015).
     */
    static double rhoA(DMatrixRMaj corr, double[] w, int start, int end) {
        if (end - start == 1) {
            return 1.0;
        }
        double ww = 0;
        double w4 = 0;
        double quad = 0;
        for (int i = start; i < end; i++) {
            ww += w[i] * w[i];
            w4 += w[i] * w[i] * w[i] * w[i];
            for (int j = start; j < end; j++) {
                if (i != j) {
                    quad += w[i] * corr.get(i, j) * w[j];
                }
            }
        }
        return ww * ww * quad / (ww * ww - w4);
    }

    /**
     * Applies the correction.
     *
     * @param s     working matrix: indicator correlations, or covariances for a centred fit
     * @param w     outer weights with ŵ'Sŵ = 1 per block
     * @param sd    the indicators' units in {@code s}: ones, or the SDs for a centred fit
     * @param lv    composite correlation matrix
     * @param cross indicator-composite correlations
     * @throws CsiSpecificationException if no construct is declared a common factor
     */
    static Corrected apply(PathModel model, BlockStructure blocks, DMatrixRMaj s, double[] w, double[] sd,
                           DMatrixRMaj lv, DMatrixRMaj cross) {
        boolean any = model.constructs().stream().anyMatch(c -> c.type() == ConstructType.COMMON_FACTOR);
        if (!any) {
            throw new CsiSpecificationException("consistent PLS is switched on but no construct is declared "
                    + "a common factor; declare one with commonFactor() or switch consistent off");
        }
        requireCorrectableModes(model);
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean[] factor = new boolean[blocks.constructCount()];
        double[] rho = reliabilities(model, blocks, s, w, factor, diagnostics);
        DMatrixRMaj lvStar = correlations(model, lv, rho, diagnostics);
        DMatrixRMaj crossStar = loadings(model, blocks, w, sd, cross, rho, factor, diagnostics);
        return new Corrected(lvStar, crossStar, factor, List.copyOf(diagnostics));
    }

    /**
     * ρA of each common factor, 1 for composites and for factors whose ρA is not positive; the
     * latter are left uncorrected, so {@code factor} marks only the others.
     */
    private static double[] reliabilities(PathModel model, BlockStructure blocks, DMatrixRMaj corr, double[] w,
                                          boolean[] factor, List<Diagnostic> out) {
        double[] rho = new double[blocks.constructCount()];
        for (int k = 0; k < rho.length; k++) {
            rho[k] = 1.0;
            if (!isFactor(model, k)) {
                continue;
            }
            String name = model.constructs().get(k).name();
            double r = rhoA(corr, w, blocks.start(k), blocks.end(k));
            factor[k] = r > 0;
            rho[k] = factor[k] ? r : 1.0;
            if (r > 1) {
                out.add(new Diagnostic(DiagnosticKind.RHO_A_OUT_OF_RANGE, List.of(name), List.of(), r,
                        "rhoA of common factor '" + name + "' is " + r + " > 1"));
            } else if (!(r > 0)) {
                out.add(new Diagnostic(DiagnosticKind.RHO_A_OUT_OF_RANGE, List.of(name), List.of(), r,
                        "rhoA of common factor '" + name + "' is " + r + " <= 0: the construct is left uncorrected"));
            }
        }
        return rho;
    }

    private static DMatrixRMaj correlations(PathModel model, DMatrixRMaj lv, double[] rho, List<Diagnostic> out) {
        int j = lv.numRows;
        DMatrixRMaj star = new DMatrixRMaj(j, j);
        List<String> names = model.constructNames();
        for (int a = 0; a < j; a++) {
            star.set(a, a, 1.0);
            for (int b = 0; b < a; b++) {
                double r = lv.get(a, b) / Math.sqrt(rho[a] * rho[b]);
                star.set(a, b, r);
                star.set(b, a, r);
                if (Math.abs(r) > 1) {
                    out.add(new Diagnostic(DiagnosticKind.CORRELATION_BEYOND_ONE, List.of(names.get(b), names.get(a)),
                            List.of(), r, "the corrected correlation of '" + names.get(b) + "' and '"
                            + names.get(a) + "' is " + r));
                }
            }
        }
        positiveDefinite(star, out);
        return star;
    }

    private static void positiveDefinite(DMatrixRMaj star, List<Diagnostic> out) {
        DMatrixRMaj chol = star.copy();
        if (DecompositionFactory_DDRM.chol(star.numRows, true).decompose(chol)) {
            return;
        }
        double[] values = BlockAlgebra.eigen(star, "corrected construct correlations").valuesDescending();
        double smallest = values[values.length - 1];
        out.add(new Diagnostic(DiagnosticKind.NOT_POSITIVE_DEFINITE, List.of(), List.of(), smallest,
                "the corrected construct correlation matrix is not positive definite (smallest eigenvalue "
                        + smallest + ")"));
    }

    private static DMatrixRMaj loadings(PathModel model, BlockStructure blocks, double[] w, double[] sd,
                                        DMatrixRMaj cross, double[] rho, boolean[] factor, List<Diagnostic> out) {
        DMatrixRMaj star = cross.copy();
        List<String> indicators = model.indicators();
        for (int k = 0; k < blocks.constructCount(); k++) {
            if (!factor[k]) {
                continue;
            }
            double ww = 0;
            for (int i = blocks.start(k); i < blocks.end(k); i++) {
                ww += w[i] * w[i];
            }
            String name = model.constructs().get(k).name();
            for (int i = 0; i < star.numRows; i++) {
                boolean own = blocks.blockOf(i) == k;
                double v = own ? w[i] * Math.sqrt(rho[k]) / ww / sd[i] : cross.get(i, k) / Math.sqrt(rho[k]);
                star.set(i, k, v);
                if (Math.abs(v) > 1) {
                    out.add(new Diagnostic(DiagnosticKind.LOADING_BEYOND_ONE, List.of(name), List.of(indicators.get(i)),
                            v, "the consistent " + (own ? "loading" : "cross-loading") + " of indicator '"
                            + indicators.get(i) + "' on '" + name + "' is " + v));
                }
            }
        }
        return star;
    }

    /**
     * Findings of the structural regressions on corrected correlations: R² outside [0, 1] and
     * path coefficients beyond ±1.
     */
    static List<Diagnostic> structural(PathModel model, RegressionSummary[] regressions) {
        List<Diagnostic> out = new ArrayList<>();
        for (RegressionSummary r : regressions) {
            if (r == null) {
                continue;
            }
            if (r.rSquared() < 0 || r.rSquared() > 1) {
                out.add(new Diagnostic(DiagnosticKind.R_SQUARED_OUT_OF_RANGE, List.of(r.dependent()), List.of(),
                        r.rSquared(), "the R² of '" + r.dependent() + "' is " + r.rSquared()));
            }
            for (Coefficient c : r.predictors()) {
                if (Math.abs(c.estimate()) > 1) {
                    out.add(new Diagnostic(DiagnosticKind.PATH_BEYOND_ONE, List.of(c.name(), r.dependent()), List.of(),
                            c.estimate(), "the path " + c.name() + " -> " + r.dependent() + " is " + c.estimate()));
                }
            }
        }
        return out;
    }

    /**
     * PLSc's ρA is the reliability of a Mode A composite (Dijkstra and Henseler 2015, eq. 13);
     * for unit weights it reduces to Cronbach's alpha, whose correction assumes tau-equivalent
     * indicators, and cSEM leaves such factors uncorrected. Refused rather than half-corrected.
     */
    private static void requireCorrectableModes(PathModel model) {
        for (Construct c : model.constructs()) {
            if (c.type() == ConstructType.COMMON_FACTOR && c.mode() == OuterMode.UNIT) {
                throw new CsiSpecificationException("consistent PLS cannot correct common factor '" + c.name()
                        + "': it has unit weights; estimate it in Mode A ('=~') or declare it a composite"
                        + " ('<~ [unit]')");
            }
        }
    }

    private static boolean isFactor(PathModel model, int k) {
        return model.constructs().get(k).type() == ConstructType.COMMON_FACTOR;
    }
}
