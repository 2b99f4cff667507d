package dev.csimodel.segmentation.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One start of PLS-POS (Becker, Rai, Ringle and Völckner 2013, appendix B): a random partition
 * into K segments of at least the minimum size, one reassignment of every row to its nearest
 * segment (kept only if every segment stays large enough and estimable), then hill-climbing
 * passes. A pass ranks the rows whose nearest other segment is nearer than their own by how much
 * nearer it is, and tries them in that order: a row moves when the move raises the objective
 * Σ_k Σ_b R²_bk, with the two segments it touches re-estimated from their updated sums, and
 * stays where it is otherwise. The climb stops after a pass without a move (converged) or after
 * the maximum number of passes; the objective never decreases. Becker et al. re-rank after every
 * move; re-ranking once per pass costs one distance computation per pass instead of per move
 * and keeps the guarantee, since every move is still tested on the objective itself.
 * Not thread-safe: one per thread.
 */
final class HillClimb {

    private final double[][] rows;
    private final ModelLayout layout;
    private final SegmentFitter fitter;
    private final int k;
    private final int minimumSize;
    private final SegmentSums[] sums;
    private final SegmentFit[] fits;
    private final SegmentSums savedFrom;
    private final SegmentSums savedTo;
    private final int[] labels;
    private long trialMoves;

    HillClimb(double[][] rows, ModelLayout layout, SegmentFitter fitter, int k, int minimumSize) {
        this.rows = rows;
        this.layout = layout;
        this.fitter = fitter;
        this.k = k;
        this.minimumSize = minimumSize;
        this.sums = new SegmentSums[k];
        for (int s = 0; s < k; s++) {
            sums[s] = new SegmentSums(layout.indicators);
        }
        this.fits = new SegmentFit[k];
        this.savedFrom = new SegmentSums(layout.indicators);
        this.savedTo = new SegmentSums(layout.indicators);
        this.labels = new int[rows.length];
    }

    StartOutcome run(SplittableRandom random, int maxPasses) {
        if (!load(randomPartition(random))) {
            return StartOutcome.failed();
        }
        if (k > 1) {
            tryNearestReassignment();
        }
        List<Double> history = new ArrayList<>();
        history.add(objective());
        int passes = 0;
        boolean converged = k == 1;
        while (!converged && passes < maxPasses) {
            passes++;
            converged = pass() == 0;
            history.add(objective());
        }
        return new StartOutcome(labels.clone(), objective(), passes, converged, history, trialMoves);
    }

    /** minimumSize rows per segment, the rest uniformly at random, shuffled (Fisher-Yates). */
    private int[] randomPartition(SplittableRandom random) {
        int n = rows.length;
        int[] pool = new int[n];
        int i = 0;
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < minimumSize; j++) {
                pool[i++] = s;
            }
        }
        while (i < n) {
            pool[i++] = random.nextInt(k);
        }
        for (int j = n - 1; j > 0; j--) {
            int r = random.nextInt(j + 1);
            int t = pool[j];
            pool[j] = pool[r];
            pool[r] = t;
        }
        return pool;
    }

    /** Sets the partition and estimates every segment; false if one cannot be estimated. */
    private boolean load(int[] partition) {
        for (int s = 0; s < k; s++) {
            sums[s] = new SegmentSums(layout.indicators);
        }
        for (int i = 0; i < rows.length; i++) {
            sums[partition[i]].add(rows[i]);
        }
        for (int s = 0; s < k; s++) {
            if (sums[s].count() < minimumSize) {
                return false;
            }
            fits[s] = fitter.fit(sums[s]);
            if (fits[s] == null) {
                return false;
            }
        }
        System.arraycopy(partition, 0, labels, 0, labels.length);
        return true;
    }

    /** Becker et al.'s step 1: every row to its nearest segment, undone if that fails. */
    private void tryNearestReassignment() {
        int[] before = labels.clone();
        double[][] d = PosDistance.of(rows, fits, layout);
        int[] nearest = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            nearest[i] = PosDistance.argmin(d[i], -1);
        }
        if (!load(nearest)) {
            load(before);
        }
    }

    /** @return the number of rows moved */
    private int pass() {
        double[][] d = PosDistance.of(rows, fits, layout);
        int moved = 0;
        for (long candidate : PosDistance.candidates(d, labels)) {
            int i = (int) candidate;
            int to = (int) (candidate >>> 32);
            if (tryMove(i, labels[i], to)) {
                moved++;
            }
        }
        return moved;
    }

    private boolean tryMove(int i, int from, int to) {
        if (sums[from].count() - 1 < minimumSize) {
            return false;
        }
        trialMoves++;
        double before = objective();
        savedFrom.copyFrom(sums[from]);
        savedTo.copyFrom(sums[to]);
        sums[from].remove(rows[i]);
        sums[to].add(rows[i]);
        SegmentFit newFrom = fitter.fit(sums[from]);
        SegmentFit newTo = newFrom == null ? null : fitter.fit(sums[to]);
        if (newTo != null) {
            SegmentFit oldFrom = fits[from];
            SegmentFit oldTo = fits[to];
            fits[from] = newFrom;
            fits[to] = newTo;
            if (objective() > before) {
                labels[i] = to;
                return true;
            }
            fits[from] = oldFrom;
            fits[to] = oldTo;
        }
        sums[from].copyFrom(savedFrom);
        sums[to].copyFrom(savedTo);
        return false;
    }

    /** Σ_k Σ_b R²_bk, summed in segment order so that equal partitions give equal values. */
    private double objective() {
        double s = 0;
        for (SegmentFit f : fits) {
            s += f.rSquaredSum();
        }
        return s;
    }
}
