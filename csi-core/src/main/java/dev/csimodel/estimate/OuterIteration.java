package dev.csimodel.estimate;

import java.util.ArrayList;
import java.util.List;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.result.Convergence;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.OuterMode;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The PLS-PM outer iteration of Lohmöller (1989) in its moment form, with the stopping rule of
 * R plspm: alternate inner estimation {@code Z = Y E} and outer estimation (Mode A
 * {@code w_j ∝ X_j'Z_j}, Mode B {@code w_j ∝ (X_j'X_j)⁻¹X_j'Z_j}), each block normalised to
 * {@code var(X_j w_j) = 1}, until {@code Σ(|w_old| − |w_new|)² < tol}. Unit-weight blocks
 * ({@link OuterMode#UNIT}) keep {@code w_j ∝ 1} throughout: they enter the inner estimation of
 * their neighbours but are never updated, so a model of unit-weight blocks only needs no
 * iteration at all (0 iterations, as cSEM's {@code "unit"} approach).
 *
 * <p>Everything is expressed through the indicator moment matrix {@code S} (correlations when
 * standardised, covariances when centred): {@code X'Z/n = S W E} and {@code Y'Y/n = W'SW}, so one
 * iteration costs O(p²J) whatever the number of observations. Work matrices are allocated once;
 * an instance is not thread-safe and is meant to be reused (bootstrap) by one thread.
 */
final class OuterIteration {

    private final BlockStructure blocks;
    private final InnerWeighting inner;
    private final int p;
    private final int nc;
    /** The block-diagonal W stored compactly: {@code w[i]} is W's entry in row i, column blockOf(i). */
    private final double[] w;
    private final DMatrixRMaj sw;
    private final DMatrixRMaj rlv;
    private final DMatrixRMaj e;
    /** Inner-estimate targets {@code (SWE)_ik}, only for the indicators i of block k. */
    private final double[] target;
    /** Per construct the rows m where column k of E may be non-zero, ascending. */
    private final int[][] neighbours;
    private final double[] previous;
    private final double[] scale;
    private final DMatrixRMaj[] blockS;
    private final DMatrixRMaj[] blockRhs;
    private final DMatrixRMaj[] blockSol;
    private final LinearSolverDense<DMatrixRMaj>[] modeB;
    private final boolean[] unit;
    private final boolean allUnit;

    @SuppressWarnings("unchecked")
    OuterIteration(BlockStructure blocks, InnerScheme scheme) {
        this.blocks = blocks;
        this.inner = new InnerWeighting(blocks, scheme);
        p = blocks.indicatorCount();
        nc = blocks.constructCount();
        w = new double[p];
        sw = new DMatrixRMaj(p, nc);
        rlv = new DMatrixRMaj(nc, nc);
        e = new DMatrixRMaj(nc, nc);
        target = new double[p];
        neighbours = new int[nc][];
        for (int k = 0; k < nc; k++) {
            neighbours[k] = neighbours(blocks, k);
        }
        previous = new double[p];
        scale = new double[nc];
        blockS = new DMatrixRMaj[nc];
        blockRhs = new DMatrixRMaj[nc];
        blockSol = new DMatrixRMaj[nc];
        modeB = new LinearSolverDense[nc];
        unit = new boolean[nc];
        boolean all = true;
        for (int k = 0; k < nc; k++) {
            unit[k] = blocks.mode(k) == OuterMode.UNIT;
            all &= unit[k];
            if (blocks.mode(k) == OuterMode.B) {
                int m = blocks.blockSize(k);
                blockS[k] = new DMatrixRMaj(m, m);
                blockRhs[k] = new DMatrixRMaj(m, 1);
                blockSol[k] = new DMatrixRMaj(m, 1);
                modeB[k] = LinearSolverFactory_DDRM.symmPosDef(m);
            }
        }
        allUnit = all;
    }

    /**
     * Runs the iteration.
     *
     * <p>The change is measured as R plspm measures it, on the weights <em>before</em> the
     * normalisation, with construct scores scaled to population SD (n − 1)/n (plspm's
     * {@code scale(Y) * sdv}). Matching that criterion makes this iteration stop where plspm's
     * does, so results agree to the last digits and not only to the tolerance.
     *
     * @param s            indicator moment matrix, {@code p x p}, block order
     * @param observations n, for plspm's scaling of the change
     * @param start        starting weights, one per indicator
     * @param weights      receives the final normalised weights, one per indicator
     * @return how the iteration ended
     */
    Convergence run(DMatrixRMaj s, double observations, double[] start, double tol, int maxIterations,
                    double[] weights) {
        prepareModeB(s);
        for (int i = 0; i < p; i++) {
            w[i] = unit[blocks.blockOf(i)] ? 1.0 : start[i];
        }
        normalise(s);
        if (allUnit) {
            extract(weights);
            return new Convergence(true, 0, 0.0);
        }
        extract(previous);
        double scoreScale = (observations - 1) / observations;
        double change = Double.NaN;
        for (int iter = 1; iter <= maxIterations; iter++) {
            inner.compute(rlv, e);
            innerTargets();
            outerUpdate();
            extract(weights);
            change = 0;
            for (int i = 0; i < p; i++) {
                double raw = weights[i] * scoreScale;
                double d = Math.abs(previous[i]) - Math.abs(raw);
                change += d * d;
                previous[i] = raw;
            }
            normalise(s);
            if (change < tol) {
                extract(weights);
                return new Convergence(true, iter, change);
            }
        }
        extract(weights);
        return new Convergence(false, maxIterations, change);
    }

    private void prepareModeB(DMatrixRMaj s) {
        for (int k = 0; k < nc; k++) {
            if (modeB[k] == null) {
                continue;
            }
            CommonOps_DDRM.extract(s, blocks.start(k), blocks.end(k), blocks.start(k), blocks.end(k), blockS[k], 0, 0);
            int bad = Collinearity.firstCollinear(blockS[k]);
            if (bad >= 0 || Collinearity.conditionRatio(blockS[k]) < Collinearity.EXACT || !modeB[k].setA(blockS[k].copy())) {
                throw new CsiEstimationException("Mode B block of construct '" + name(k) + "' is singular: "
                        + culprit(k, Math.max(bad, 0)) + "; drop it or use Mode A");
            }
        }
    }

    private void outerUpdate() {
        for (int k = 0; k < nc; k++) {
            int from = blocks.start(k);
            int to = blocks.end(k);
            if (unit[k]) {
                continue;   // fixed: already normalised, so they add nothing to the change after the first update
            }
            if (modeB[k] == null) {
                System.arraycopy(target, from, w, from, to - from);
            } else {
                System.arraycopy(target, from, blockRhs[k].data, 0, to - from);
                modeB[k].solve(blockRhs[k], blockSol[k]);
                System.arraycopy(blockSol[k].data, 0, w, from, to - from);
            }
        }
    }

    /** Scales each block to unit composite variance and refreshes {@code SW} and {@code W'SW}. */
    private void normalise(DMatrixRMaj s) {
        blockProducts(s);
        for (int k = 0; k < nc; k++) {
            double v = rlv.unsafe_get(k, k);
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new CsiEstimationException("the composite of construct '" + name(k)
                        + "' has zero or non-finite variance during the iteration");
            }
            scale[k] = 1.0 / Math.sqrt(v);
            for (int i = blocks.start(k); i < blocks.end(k); i++) {
                w[i] *= scale[k];
            }
        }
        double[] swd = sw.data;
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < nc; k++) {
                swd[i * nc + k] *= scale[k];
            }
        }
        for (int a = 0; a < nc; a++) {
            for (int b = 0; b < nc; b++) {
                rlv.unsafe_set(a, b, rlv.unsafe_get(a, b) * scale[a] * scale[b]);
            }
        }
    }

    /**
     * {@code SW} and {@code W'SW} using that W is block-diagonal: column k of W is zero outside
     * block k, so only that block's rows enter, J times fewer products than a dense multiply (the
     * bootstrap runs this thousands of times). The skipped terms are exact zeros.
     */
    private void blockProducts(DMatrixRMaj s) {
        double[] sd = s.data;
        double[] wd = w;
        double[] swd = sw.data;
        double[] rd = rlv.data;
        for (int i = 0; i < p; i++) {
            int row = i * p;
            for (int k = 0; k < nc; k++) {
                double sum = 0;
                for (int j = blocks.start(k), end = blocks.end(k); j < end; j++) {
                    sum += sd[row + j] * wd[j];
                }
                swd[i * nc + k] = sum;
            }
        }
        for (int a = 0; a < nc; a++) {
            for (int b = 0; b < nc; b++) {
                double sum = 0;
                for (int i = blocks.start(a), end = blocks.end(a); i < end; i++) {
                    sum += wd[i] * swd[i * nc + b];
                }
                rd[a * nc + b] = sum;
            }
        }
    }

    private void extract(double[] out) {
        System.arraycopy(w, 0, out, 0, p);
    }

    /**
     * {@code (SW E)_ik} for the indicators i of each block k, the only entries the outer update
     * reads, summing over the rows of E's column k that can be non-zero in ascending order, as
     * a dense product sums all of them (the others add exact zeros).
     */
    private void innerTargets() {
        double[] swd = sw.data;
        double[] ed = e.data;
        for (int k = 0; k < nc; k++) {
            int[] rows = neighbours[k];
            for (int i = blocks.start(k), end = blocks.end(k); i < end; i++) {
                double sum = 0;
                for (int m : rows) {
                    sum += swd[i * nc + m] * ed[m * nc + k];
                }
                target[i] = sum;
            }
        }
    }

    /** The constructs linked to k by a path, ascending, or k itself when it has none (E_kk = 1). */
    private static int[] neighbours(BlockStructure blocks, int k) {
        int[] pred = blocks.predecessors(k);
        int[] succ = blocks.successors(k);
        if (pred.length + succ.length == 0) {
            return new int[] {k};
        }
        int[] out = new int[pred.length + succ.length];
        System.arraycopy(pred, 0, out, 0, pred.length);
        System.arraycopy(succ, 0, out, pred.length, succ.length);
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * Names the collinear indicator and those it is a combination of: the null-space set when the
     * eigen-analysis finds it, otherwise all indicators declared before it.
     */
    private String culprit(int k, int bad) {
        java.util.List<String> inds = indicators(k);
        List<String> set = new ArrayList<>(Collinearity.collinearSet(blockS[k], inds, Collinearity.EXACT));
        String name = inds.get(bad);
        if (!set.remove(name)) {
            if (set.isEmpty()) {
                return "indicator '" + name + "' is a linear combination of " + inds.subList(0, bad);
            }
            name = set.remove(set.size() - 1);
        }
        return "indicator '" + name + "' is a linear combination of " + set;
    }

    private java.util.List<String> indicators(int k) {
        return blocks.model().constructs().get(k).indicators();
    }

    private String name(int k) {
        return blocks.model().constructs().get(k).name();
    }
}
