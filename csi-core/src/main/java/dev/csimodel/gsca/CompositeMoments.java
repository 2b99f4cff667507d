package dev.csimodel.gsca;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.spec.BlockStructure;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The composites' moments for given weights and the least-squares answers that follow from
 * them: {@code SW} (indicator-composite correlations, so the loadings of unit-variance
 * composites), {@code C = W'SW} (composite correlations) and the OLS path coefficients of each
 * endogenous construct on its predictors, {@code b = C_pp⁻¹ C_pe}, with their R² = {@code C_ep b}
 * (Hwang and Takane 2004, step 1 of the ALS).
 */
final class CompositeMoments {

    final double[][] sw;
    final double[][] c;
    /** {@code paths[from][to]}, 0 where there is no path. */
    final double[][] paths;
    /** R² per construct, NaN for an exogenous one. */
    final double[] rSquared;

    private CompositeMoments(int p, int nc) {
        sw = new double[p][nc];
        c = new double[nc][nc];
        paths = new double[nc][nc];
        rSquared = new double[nc];
    }

    static CompositeMoments of(GscaProblem problem, double[] w) {
        BlockStructure blocks = problem.blocks;
        CompositeMoments m = new CompositeMoments(problem.indicators(), problem.constructs());
        for (int k = 0; k < problem.constructs(); k++) {
            m.refresh(problem, w, k);
        }
        for (int a = 0; a < problem.constructs(); a++) {
            for (int b = 0; b < problem.constructs(); b++) {
                double sum = 0;
                for (int i = blocks.start(a); i < blocks.end(a); i++) {
                    sum += w[i] * m.sw[i][b];
                }
                m.c[a][b] = sum;
            }
        }
        for (int k = 0; k < problem.constructs(); k++) {
            m.regress(problem, k);
        }
        return m;
    }

    /** Recomputes column {@code k} of {@code SW} after block {@code k}'s weights changed. */
    void refresh(GscaProblem problem, double[] w, int k) {
        BlockStructure blocks = problem.blocks;
        for (int i = 0; i < sw.length; i++) {
            double sum = 0;
            for (int j = blocks.start(k); j < blocks.end(k); j++) {
                sum += problem.s.unsafe_get(i, j) * w[j];
            }
            sw[i][k] = sum;
        }
    }

    private void regress(GscaProblem problem, int k) {
        int[] pred = problem.blocks.predecessors(k);
        if (pred.length == 0) {
            rSquared[k] = Double.NaN;
            return;
        }
        DMatrixRMaj cpp = new DMatrixRMaj(pred.length, pred.length);
        DMatrixRMaj cpe = new DMatrixRMaj(pred.length, 1);
        for (int a = 0; a < pred.length; a++) {
            for (int b = 0; b < pred.length; b++) {
                cpp.set(a, b, c[pred[a]][pred[b]]);
            }
            cpe.set(a, 0, c[pred[a]][k]);
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(pred.length);
        DMatrixRMaj coef = new DMatrixRMaj(pred.length, 1);
        if (!solver.setA(cpp)) {
            throw new CsiEstimationException("GSCA: the predictors of construct '" + problem.name(k)
                    + "' are collinear composites; their path coefficients are not identified");
        }
        solver.solve(cpe, coef);
        double r2 = 0;
        for (int a = 0; a < pred.length; a++) {
            paths[pred[a]][k] = coef.get(a, 0);
            r2 += coef.get(a, 0) * cpe.get(a, 0);
        }
        rSquared[k] = r2;
    }
}
