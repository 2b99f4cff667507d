package dev.csimodel.result;

import dev.csimodel.estimate.Collinearity;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the {@link Diagnostic}s of a result, in the spirit of cSEM's {@code verify()}:
 * convergence, loadings and construct correlations within [−1, 1], a positive-definite construct
 * correlation matrix, non-negative weights, and enough observations per regression parameter.
 */
final class AdmissibilityCheck {

    /** Rounding allowance for "above one": correlations computed as W'SW may exceed 1 by a few ulps. */
    static final double ABOVE_ONE = 1e-10;
    /** Smallest eigenvalue, relative to the largest, of a construct correlation matrix deemed positive definite. */
    static final double PD_RELATIVE = 1e-10;
    /** Constructs whose component in the offending eigenvector is below this share of the largest are not named. */
    static final double INVOLVED_SHARE = 0.1;
    /** Observations per regression parameter (Barclay, Higgins and Thompson 1995). */
    static final int OBSERVATIONS_PER_PARAMETER = 10;

    private final PlsResult result;
    private final PathModel model;
    private final BlockStructure blocks;
    private final List<Diagnostic> out = new ArrayList<>();
    private double[] indicatorCorrelations;

    AdmissibilityCheck(PlsResult result, BlockStructure blocks) {
        this.result = result;
        this.model = result.model();
        this.blocks = blocks;
    }

    /**
     * Under consistent PLS the corrected loadings and correlations are checked by the correction
     * itself ({@link PlsResult#consistencyDiagnostics()}); checking them again would duplicate.
     */
    List<Diagnostic> run() {
        boolean plain = !result.settings().consistent();
        convergence();
        loadingsAndWeights(plain);
        if (plain) {
            constructCorrelations();
        }
        sampleSize();
        collinearity();
        return List.copyOf(out);
    }

    private void convergence() {
        Convergence c = result.convergence();
        if (!c.converged()) {
            out.add(new Diagnostic(DiagnosticKind.NOT_CONVERGED, List.of(), List.of(), c.finalChange(), "the PLS iteration did not converge in "
                    + c.iterations() + " iterations (last change " + c.finalChange() + ", tolerance "
                    + result.settings().tolerance() + ")"));
        }
    }

    private void loadingsAndWeights(boolean plain) {
        for (String ind : model.indicators()) {
            String c = model.constructs().get(blocks.blockOf(blocks.indicatorIndex(ind))).name();
            double l = result.loading(ind);
            if (plain && Math.abs(l) > 1 + ABOVE_ONE) {
                out.add(new Diagnostic(DiagnosticKind.LOADING_BEYOND_ONE, List.of(c), List.of(ind), l,
                        "indicator '" + ind + "' of construct '" + c + "' has loading " + l + ", above 1 in absolute value"));
            }
            double w = result.outerWeight(ind);
            if (w < 0) {
                out.add(new Diagnostic(DiagnosticKind.NEGATIVE_WEIGHT, List.of(c), List.of(ind), w,
                        "indicator '" + ind + "' of construct '" + c + "' has negative outer weight " + w
                                + "; the construct's 0-100 index is undefined"));
            }
        }
    }

    private void constructCorrelations() {
        List<String> names = model.constructNames();
        int j = names.size();
        DMatrixRMaj r = new DMatrixRMaj(j, j);
        for (int a = 0; a < j; a++) {
            for (int b = 0; b < j; b++) {
                r.set(a, b, result.constructCorrelation(names.get(a), names.get(b)));
                if (a < b && Math.abs(r.get(a, b)) > 1 + ABOVE_ONE) {
                    out.add(new Diagnostic(DiagnosticKind.CORRELATION_BEYOND_ONE, List.of(names.get(a), names.get(b)),
                            List.of(), r.get(a, b),
                            "constructs '" + names.get(a) + "' and '" + names.get(b) + "' have correlation "
                                    + r.get(a, b) + ", above 1 in absolute value"));
                }
            }
        }
        positiveDefinite(r, names);
    }

    private void positiveDefinite(DMatrixRMaj r, List<String> names) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(r.numRows, true, true);
        if (!eig.decompose(r.copy())) {
            out.add(new Diagnostic(DiagnosticKind.NOT_POSITIVE_DEFINITE, names, List.of(), 0.0,
                    "the eigen-decomposition of the construct correlation matrix failed"));
            return;
        }
        int min = 0;
        double max = 0;
        for (int i = 0; i < r.numRows; i++) {
            double v = eig.getEigenvalue(i).getReal();
            max = Math.max(max, v);
            if (v < eig.getEigenvalue(min).getReal()) {
                min = i;
            }
        }
        double smallest = eig.getEigenvalue(min).getReal();
        if (smallest <= PD_RELATIVE * max) {
            List<String> involved = involved(eig.getEigenVector(min), names);
            out.add(new Diagnostic(DiagnosticKind.NOT_POSITIVE_DEFINITE, involved, List.of(), smallest,
                    "the construct correlation matrix is not positive definite (smallest eigenvalue " + smallest
                            + "); constructs involved: " + involved));
        }
    }

    static List<String> involved(DMatrixRMaj v, List<String> names) {
        double max = 0;
        for (int i = 0; i < v.numRows; i++) {
            max = Math.max(max, Math.abs(v.get(i, 0)));
        }
        List<String> in = new ArrayList<>();
        for (int i = 0; i < v.numRows; i++) {
            if (Math.abs(v.get(i, 0)) >= INVOLVED_SHARE * max) {
                in.add(names.get(i));
            }
        }
        return in;
    }

    private void sampleSize() {
        double n = result.observations();
        for (int k = 0; k < blocks.constructCount(); k++) {
            String c = model.constructs().get(k).name();
            int pred = blocks.predecessorCount(k);
            if (pred > 0 && n < OBSERVATIONS_PER_PARAMETER * pred) {
                out.add(few(c, "its structural regression has " + pred + " predictors", n, pred));
            }
            int m = blocks.blockSize(k);
            if (blocks.mode(k) == OuterMode.B && m > 1 && n < OBSERVATIONS_PER_PARAMETER * m) {
                out.add(few(c, "its Mode B block has " + m + " indicators", n, m));
            }
        }
    }

    private static Diagnostic few(String construct, String what, double n, int parameters) {
        return new Diagnostic(DiagnosticKind.FEW_OBSERVATIONS, List.of(construct), List.of(), n, "construct '" + construct + "': "
                + what + " but there are only " + (n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n)) + " observations; the ten-times rule asks for at least "
                + OBSERVATIONS_PER_PARAMETER * parameters);
    }

    /** Near-collinear structural predictors and exactly dependent indicator blocks, both as warnings. */
    private void collinearity() {
        for (int k = 0; k < blocks.constructCount(); k++) {
            String c = model.constructs().get(k).name();
            List<String> pred = model.predecessors(c);
            if (pred.size() > 1) {
                nearCollinear(c, pred);
            }
            if (blocks.blockSize(k) > 1) {
                dependentBlock(k, c);
            }
        }
    }

    private void nearCollinear(String c, List<String> pred) {
        DMatrixRMaj r = new DMatrixRMaj(pred.size(), pred.size());
        for (int a = 0; a < pred.size(); a++) {
            for (int b = 0; b < pred.size(); b++) {
                r.set(a, b, a == b ? 1.0 : result.constructCorrelation(pred.get(a), pred.get(b)));
            }
        }
        double ratio = Collinearity.conditionRatio(r);
        if (ratio < Collinearity.NEAR) {
            List<String> set = involvedOrAll(r, pred, Collinearity.NEAR);
            out.add(new Diagnostic(DiagnosticKind.COLLINEAR_PREDICTORS, concat(c, set), List.of(), ratio,
                    "the predictors " + set + " of construct '" + c + "' are near-collinear (condition ratio "
                            + ratio + ", condition index above 30): their paths are unstable"));
        }
    }

    private void dependentBlock(int k, String c) {
        List<String> inds = model.constructs().get(k).indicators();
        double[] all = correlations();
        int p = blocks.indicatorCount();
        int m = inds.size();
        DMatrixRMaj r = new DMatrixRMaj(m, m);
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                r.set(a, b, all[(blocks.start(k) + a) * p + blocks.start(k) + b]);
            }
        }
        double ratio = Collinearity.conditionRatio(r);
        if (ratio < Collinearity.EXACT) {
            List<String> set = involvedOrAll(r, inds, Collinearity.EXACT);
            out.add(new Diagnostic(DiagnosticKind.DEPENDENT_INDICATORS, List.of(c), set, ratio,
                    "the indicators " + set + " of construct '" + c + "' are exactly linearly dependent"
                            + " (condition ratio " + ratio + "): their VIFs are undefined"));
        }
    }

    private double[] correlations() {
        if (indicatorCorrelations == null) {
            indicatorCorrelations = result.moments().correlationMatrix();
        }
        return indicatorCorrelations;
    }

    /** The collinear set, or all names when the matrix is not finite (nothing narrower can be said). */
    private static List<String> involvedOrAll(DMatrixRMaj r, List<String> names, double bound) {
        try {
            List<String> set = Collinearity.collinearSet(r, names, bound);
            return set.isEmpty() ? names : set;
        } catch (dev.csimodel.CsiEstimationException e) {
            return names;
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }
}
