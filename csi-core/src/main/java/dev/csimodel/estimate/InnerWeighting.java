package dev.csimodel.estimate;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.spec.BlockStructure;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Computes the inner weights {@code E} (J x J) from the construct correlation matrix: the inner
 * estimate of construct j is {@code Z_j = Σ_k E[k][j] Y_k} (Tenenhaus et al. 2005, eq. 9-11).
 * A construct without structural neighbours uses itself ({@code E[j][j] = 1}), which makes Mode A
 * a power iteration towards the block's first principal component.
 *
 * <p>Holds work matrices for the path scheme's regressions: one instance per thread.
 */
final class InnerWeighting {

    private final BlockStructure blocks;
    private final InnerScheme scheme;
    private final int[][] predecessors;
    private final int[][] successors;
    private final DMatrixRMaj[] predCorr;
    private final DMatrixRMaj[] predTarget;
    private final DMatrixRMaj[] predCoef;
    private final LinearSolverDense<DMatrixRMaj>[] solvers;

    @SuppressWarnings("unchecked")
    InnerWeighting(BlockStructure blocks, InnerScheme scheme) {
        this.blocks = blocks;
        this.scheme = scheme;
        int j = blocks.constructCount();
        predecessors = new int[j][];
        successors = new int[j][];
        predCorr = new DMatrixRMaj[j];
        predTarget = new DMatrixRMaj[j];
        predCoef = new DMatrixRMaj[j];
        solvers = new LinearSolverDense[j];
        for (int k = 0; k < j; k++) {
            predecessors[k] = blocks.predecessors(k);
            successors[k] = blocks.successors(k);
            int m = predecessors[k].length;
            predCorr[k] = new DMatrixRMaj(m, m);
            predTarget[k] = new DMatrixRMaj(m, 1);
            predCoef[k] = new DMatrixRMaj(m, 1);
            solvers[k] = LinearSolverFactory_DDRM.symmPosDef(Math.max(m, 1));
        }
    }

    /** Fills {@code e} from the construct correlations {@code r}. */
    void compute(DMatrixRMaj r, DMatrixRMaj e) {
        e.zero();
        int j = blocks.constructCount();
        for (int k = 0; k < j; k++) {
            if (predecessors[k].length == 0 && successors[k].length == 0) {
                e.unsafe_set(k, k, 1.0);
            } else if (scheme == InnerScheme.PATH) {
                pathColumn(r, e, k);
            } else {
                neighbourColumn(r, e, k);
            }
        }
    }

    private void neighbourColumn(DMatrixRMaj r, DMatrixRMaj e, int k) {
        for (int[] group : new int[][]{predecessors[k], successors[k]}) {
            for (int i : group) {
                double c = r.unsafe_get(i, k);
                e.unsafe_set(i, k, scheme == InnerScheme.CENTROID ? Math.signum(c) : c);
            }
        }
    }

    private void pathColumn(DMatrixRMaj r, DMatrixRMaj e, int k) {
        for (int i : successors[k]) {
            e.unsafe_set(i, k, r.unsafe_get(i, k));
        }
        int[] pred = predecessors[k];
        if (pred.length == 0) {
            return;
        }
        DMatrixRMaj a = predCorr[k];
        DMatrixRMaj b = predTarget[k];
        for (int x = 0; x < pred.length; x++) {
            b.unsafe_set(x, 0, r.unsafe_get(pred[x], k));
        }
        fill(r, pred, a);
        // The detailed (allocating) check runs only when the factorisation looks doubtful; it is
        // the scale-free condition ratio, as in the structural regressions, not a Cholesky pivot
        // whose sign rounding decides. The solver factors in place, so the check refills a.
        boolean factored = solvers[k].setA(a);
        if (!factored || solvers[k].quality() < Collinearity.DOUBTFUL) {
            DMatrixRMaj fresh = fill(r, pred, new DMatrixRMaj(pred.length, pred.length));
            if (!factored || Collinearity.conditionRatio(fresh) < Collinearity.EXACT) {
                throw collinear(fresh, k);
            }
        }
        solvers[k].solve(b, predCoef[k]);
        for (int x = 0; x < pred.length; x++) {
            e.unsafe_set(pred[x], k, predCoef[k].unsafe_get(x, 0));
        }
    }

    private static DMatrixRMaj fill(DMatrixRMaj r, int[] pred, DMatrixRMaj a) {
        for (int x = 0; x < pred.length; x++) {
            for (int y = 0; y < pred.length; y++) {
                a.unsafe_set(x, y, r.unsafe_get(pred[x], pred[y]));
            }
        }
        return a;
    }

    private CsiEstimationException collinear(DMatrixRMaj a, int k) {
        String name = blocks.model().constructs().get(k).name();
        java.util.List<String> all = blocks.model().predecessors(name);
        java.util.List<String> set = factoredSet(a, all);
        return new CsiEstimationException("path scheme: the predecessors of construct '" + name
                + "' are perfectly collinear: " + (set.isEmpty() ? all : set));
    }

    private static java.util.List<String> factoredSet(DMatrixRMaj a, java.util.List<String> all) {
        try {
            return Collinearity.collinearSet(a, all, Collinearity.EXACT);
        } catch (CsiEstimationException e) {
            return java.util.List.of();
        }
    }
}
