package dev.csimodel.gsca;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.result.Convergence;
import dev.csimodel.spec.BlockStructure;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import java.util.Arrays;

/**
 * The alternating least squares of Hwang and Takane (2004) in moment form. GSCA fits
 * {@code Ψ ≈ Γ A}: the indicators and composites {@code Ψ = [X, XW]} by the composites
 * {@code Γ = XW} through the loadings and path coefficients {@code A}. Per unit of n the
 * criterion is
 * <pre>
 * f = Σ_(indicators k of common factors) (1 − λ_k²) + Σ_(endogenous j) (1 − R_j²) + const
 * </pre>
 * (a composite's indicator columns are fitted by zero loadings, as in cSEM, and only add a
 * constant). Starting from unit weights, each sweep takes {@code A} by least squares given
 * {@code W} ({@link CompositeMoments}) and then, block by block, the weights {@code w_j} that
 * minimise f given {@code A} and the other blocks' current weights:
 * <pre>
 * w_j ∝ S_jj⁻¹ ( [factor] Σ_k λ_k S_(j,k) + Σ_(i→j) b_ij S_(j,·)w_i + Σ_(j→l) b_jl S_(j,·)(w_l − Σ_(i→l, i≠j) b_il w_i) )
 * </pre>
 * (the stationarity condition of the quadratic f(w_j); its scalar factor
 * {@code 1 + Σ_k λ_k² + Σ_l b_jl²} cancels), rescaled to {@code w_j'S_jj w_j = 1}. Unit-weight
 * blocks are not updated. The sweeps stop when no weight moves by more than the tolerance.
 */
final class GscaAlgorithm {

    private final GscaProblem problem;
    private final BlockStructure blocks;
    private final LinearSolverDense<DMatrixRMaj>[] solvers;

    @SuppressWarnings("unchecked")
    GscaAlgorithm(GscaProblem problem) {
        this.problem = problem;
        this.blocks = problem.blocks;
        solvers = new LinearSolverDense[problem.constructs()];
        for (int k = 0; k < solvers.length; k++) {
            if (!problem.fixed[k]) {
                solvers[k] = blockSolver(k);
            }
        }
    }

    private LinearSolverDense<DMatrixRMaj> blockSolver(int k) {
        int m = blocks.blockSize(k);
        DMatrixRMaj skk = new DMatrixRMaj(m, m);
        CommonOps_DDRM.extract(problem.s, blocks.start(k), blocks.end(k), blocks.start(k), blocks.end(k), skk, 0, 0);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(m);
        if (!solver.setA(skk)) {
            throw new CsiEstimationException("GSCA: the indicators of construct '" + problem.name(k)
                    + "' are collinear (their correlation matrix is singular)");
        }
        return solver;
    }

    /**
     * @param weights receives the final weights, one per indicator in block order
     * @return how the sweeps ended
     */
    Convergence run(GscaSettings settings, double[] weights) {
        double[] w = weights;
        Arrays.fill(w, 1.0);
        for (int k = 0; k < problem.constructs(); k++) {
            normalise(w, k);
        }
        double[] old = new double[w.length];
        double change = Double.NaN;
        for (int iter = 1; iter <= settings.maxIterations(); iter++) {
            System.arraycopy(w, 0, old, 0, w.length);
            CompositeMoments a = CompositeMoments.of(problem, w);
            for (int k = 0; k < problem.constructs(); k++) {
                if (!problem.fixed[k]) {
                    update(a, w, k);
                    a.refresh(problem, w, k);
                }
            }
            change = 0;
            for (int i = 0; i < w.length; i++) {
                change = Math.max(change, Math.abs(w[i] - old[i]));
            }
            if (change < settings.tolerance()) {
                return new Convergence(true, iter, change);
            }
        }
        return new Convergence(false, settings.maxIterations(), change);
    }

    private void update(CompositeMoments a, double[] w, int k) {
        int from = blocks.start(k);
        int m = blocks.blockSize(k);
        DMatrixRMaj q = new DMatrixRMaj(m, 1);
        for (int i = from; i < from + m; i++) {
            q.set(i - from, 0, target(a, i, k));
        }
        DMatrixRMaj x = new DMatrixRMaj(m, 1);
        solvers[k].solve(q, x);
        for (int i = 0; i < m; i++) {
            w[from + i] = x.get(i, 0);
        }
        normalise(w, k);
    }

    /** Row {@code i} of the right-hand side for block {@code k} (see the class comment). */
    private double target(CompositeMoments a, int i, int k) {
        double q = 0;
        if (problem.factor[k]) {
            for (int t = blocks.start(k); t < blocks.end(k); t++) {
                q += a.sw[t][k] * problem.s.unsafe_get(i, t);
            }
        }
        for (int pred : blocks.predecessors(k)) {
            q += a.paths[pred][k] * a.sw[i][pred];
        }
        for (int l : blocks.successors(k)) {
            double rest = a.sw[i][l];
            for (int pred : blocks.predecessors(l)) {
                if (pred != k) {
                    rest -= a.paths[pred][l] * a.sw[i][pred];
                }
            }
            q += a.paths[k][l] * rest;
        }
        return q;
    }

    private void normalise(double[] w, int k) {
        double v = 0;
        for (int i = blocks.start(k); i < blocks.end(k); i++) {
            for (int j = blocks.start(k); j < blocks.end(k); j++) {
                v += w[i] * problem.s.unsafe_get(i, j) * w[j];
            }
        }
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new CsiEstimationException("GSCA: the composite of construct '" + problem.name(k)
                    + "' has zero or non-finite variance during the iteration");
        }
        double scale = 1.0 / Math.sqrt(v);
        for (int i = blocks.start(k); i < blocks.end(k); i++) {
            w[i] *= scale;
        }
    }
}
