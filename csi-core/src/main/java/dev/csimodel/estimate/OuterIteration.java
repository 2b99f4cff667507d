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
    private final DMatrixRMaj w;
    private final DMatrixRMaj sw;
    private final DMatrixRMaj rlv;
    private final DMatrixRMaj e;
    private final DMatrixRMaj target;
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
        w = new DMatrixRMaj(p, nc);
        sw = new DMatrixRMaj(p, nc);
        rlv = new DMatrixRMaj(nc, nc);
        e = new DMatrixRMaj(nc, nc);
        target = new DMatrixRMaj(p, nc);
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
        w.zero();
        for (int i = 0; i < p; i++) {
            int k = blocks.blockOf(i);
            w.unsafe_set(i, k, unit[k] ? 1.0 : start[i]);
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
            CommonOps_DDRM.mult(sw, e, target);
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
                for (int i = from; i < to; i++) {
                    w.unsafe_set(i, k, target.unsafe_get(i, k));
                }
            } else {
                for (int i = from; i < to; i++) {
                    blockRhs[k].unsafe_set(i - from, 0, target.unsafe_get(i, k));
                }
                modeB[k].solve(blockRhs[k], blockSol[k]);
                for (int i = from; i < to; i++) {
                    w.unsafe_set(i, k, blockSol[k].unsafe_get(i - from, 0));
                }
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
                w.unsafe_set(i, k, w.unsafe_get(i, k) * scale[k]);
            }
            for (int i = 0; i < p; i++) {
                sw.unsafe_set(i, k, sw.unsafe_get(i, k) * scale[k]);
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
        double[] wd = w.data;
        double[] swd = sw.data;
        double[] rd = rlv.data;
        for (int i = 0; i < p; i++) {
            int row = i * p;
            for (int k = 0; k < nc; k++) {
                double sum = 0;
                for (int j = blocks.start(k), end = blocks.end(k); j < end; j++) {
                    sum += sd[row + j] * wd[j * nc + k];
                }
                swd[i * nc + k] = sum;
            }
        }
        for (int a = 0; a < nc; a++) {
            for (int b = 0; b < nc; b++) {
                double sum = 0;
                for (int i = blocks.start(a), end = blocks.end(a); i < end; i++) {
                    sum += wd[i * nc + a] * swd[i * nc + b];
                }
                rd[a * nc + b] = sum;
            }
        }
    }

    private void extract(double[] out) {
        for (int i = 0; i < p; i++) {
            out[i] = w.unsafe_get(i, blocks.blockOf(i));
        }
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
