package dev.csimodel.segmentation.pos;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.segmentation.SegmentSolution;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * PLS prediction-oriented segmentation, PLS-POS (Becker, Rai, Ringle and Völckner 2013, MIS
 * Quarterly 37(3), appendix B): {@code new PosEstimator(settings).estimate(model, data) → result}.
 *
 * <p><b>Objective.</b> For each K it searches the hard partition of the rows into K segments,
 * each of at least the minimum size, that maximises Becker et al.'s objective, the sum over
 * segments of the sum of the endogenous constructs' R² when the model is estimated on each
 * segment's rows: O = Σ_k Σ_b R²_bk, unweighted by segment size (as in the paper and in
 * seminrExtras' {@code assess_pos}).
 *
 * <p><b>Distance.</b> Row i's composite scores under segment k's model (its indicators
 * standardised with segment k's means and SDs and weighted by segment k's outer weights) give a
 * structural residual e_ibk per endogenous construct b; D_ik = Σ_b √(e²_ibk / Σ_j e²_jbk).
 * (seminrExtras scores every row once with the whole-sample weights; the segment's own weights
 * let the distance see segments that differ in their outer weights, Becker et al.'s case for
 * formative blocks.)
 *
 * <p><b>Search.</b> Each start draws a random partition (every segment at least the minimum
 * size), moves every row to its nearest segment once (kept if all segments stay large enough and
 * estimable), then climbs in passes: the rows whose nearest other segment is nearer than their
 * own are tried in decreasing order of the gain D_i,own − D_i,other, and a row moves when that
 * raises O, with the two segments it touches re-estimated; otherwise it stays. A pass without a
 * move ends the climb (converged), as does the maximum number of passes. O never decreases.
 * Becker et al. recompute the distances after every accepted move; here they are recomputed
 * once per pass, which keeps the guarantee (each move is tested on O itself) at a fraction of
 * the cost. The best start wins (the earlier on a tie).
 *
 * <p><b>Cost.</b> Segments are re-estimated from running moments (n, Σx, Σxx'): a trial move
 * costs O(p²) to update the two segments' sums, plus two PLS outer iterations on p × p
 * working matrices and the structural regressions on the composites' correlations, independent
 * of the number of rows; a pass adds O(n·K·p) for the distances. Estimating a segment from its
 * rows instead would cost O(n_k·p²) per trial move.
 *
 * <p><b>Choosing K.</b> Each solution carries the information criteria
 * ({@link RetentionCriteria}) of a log-likelihood of its partition under the segment-wise
 * normal regression model of FIMIX-PLS, on the whole sample's composite scores η (the same data
 * for every K), with FIMIX's parameter count ({@link RetentionCriteria#structuralParameters}).
 * The parameters come from the partition: in segment k each endogenous η_b is regressed without
 * intercept on its predecessors by least squares (β_bk, σ²_bk = RSS_bk / n_k) and ρ_k = n_k / n;
 * with f_k(η_i) = Π_b φ(η_ib − β_bk'η_i,pred; 0, σ²_bk) the likelihood is the mixture
 * lnL = Σ_i ln Σ_k ρ_k f_k(η_i) (default) or the classification
 * lnL = Σ_k [n_k ln ρ_k − (n_k / 2) Σ_b (ln(2π σ²_bk) + 1)] ({@link PosLikelihood}).
 *
 * <p><b>Determinism.</b> Starts draw their partitions from generators split off
 * {@code new SplittableRandom(seed)} in a fixed order (K ascending, then start) before any runs,
 * so the result is the same for any number of threads. Immutable and safe to share.
 */
public final class PosEstimator {

    /** Automatic minimum segment size: at least this many rows. */
    private static final int SMALLEST_AUTOMATIC_SIZE = 10;
    /** A segment's indicator counts as constant below this fraction of its whole-sample variance. */
    private static final double CONSTANT_FRACTION = 1e-12;

    private final PosSettings settings;

    /** @param settings the settings */
    public PosEstimator(PosSettings settings) {
        this.settings = Arguments.requireNonNull(settings, "settings");
    }

    /** @return an estimator with {@link PosSettings#defaults()} */
    public static PosEstimator withDefaults() {
        return new PosEstimator(PosSettings.defaults());
    }

    /** @return the settings */
    public PosSettings settings() {
        return settings;
    }

    /**
     * Segments {@code data} for every K of the settings.
     *
     * @param model the path model (no interaction terms or higher-order constructs)
     * @param data the rows, one column per indicator (other columns are ignored)
     * @return one solution per K
     * @throws CsiDataException naming the indicator(s) without a column, or the column and row of
     *                          a missing or non-finite value
     * @throws CsiSpecificationException if the model has interaction terms or no structural path,
     *                          or the minimum segment size times K exceeds the number of rows (naming both)
     * @throws CsiEstimationException if the whole sample, or every start for some K, cannot be estimated
     */
    public PosResult estimate(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        if (model.hasInteractions()) {
            throw new CsiSpecificationException("PLS-POS cannot segment a model with interaction terms "
                    + model.interactionPaths());
        }
        ModelLayout layout = new ModelLayout(model);
        if (layout.endogenous.length == 0) {
            throw new CsiSpecificationException("PLS-POS maximises the endogenous constructs' R², and the model "
                    + model.constructNames() + " has no structural path");
        }
        double[][] rows = PosRows.centred(data, model.indicators());
        int minimumSize = minimumSize(layout, rows.length);
        double[] minimumVariance = PosRows.minimumVariance(rows, CONSTANT_FRACTION);
        double[][] scores = wholeSampleScores(model, layout, rows, minimumVariance);
        List<StartOutcome> outcomes = runStarts(model, layout, rows, minimumVariance, minimumSize);
        List<PosSolution> solutions = new ArrayList<>();
        PlsEstimator pls = new PlsEstimator(settings.pls());
        for (int k = settings.minSegments(); k <= settings.maxSegments(); k++) {
            int from = (k - settings.minSegments()) * settings.starts();
            solutions.add(solve(model, data, layout, scores, k, outcomes.subList(from, from + settings.starts()), pls));
        }
        return new PosResult(model, settings, minimumSize, solutions);
    }

    private int minimumSize(ModelLayout layout, int n) {
        int size = settings.minimumSegmentSize()
                .orElse(Math.max(SMALLEST_AUTOMATIC_SIZE, layout.largestPredictorCount() + 2));
        int k = settings.maxSegments();
        if ((long) size * k > n) {
            throw new CsiSpecificationException("minimum segment size " + size + " × K = " + k
                    + " segments needs " + ((long) size * k) + " rows, the data has " + n
                    + " (at most " + (n / k) + " rows per segment)");
        }
        return size;
    }

    private double[][] wholeSampleScores(PathModel model, ModelLayout layout, double[][] rows, double[] minimumVariance) {
        SegmentSums all = new SegmentSums(layout.indicators);
        for (double[] row : rows) {
            all.add(row);
        }
        SegmentFit fit = new SegmentFitter(model, layout, settings.pls(), minimumVariance).fit(all);
        if (fit == null) {
            throw new CsiEstimationException("the model cannot be estimated on the whole sample ("
                    + rows.length + " rows)");
        }
        double[][] scores = new double[rows.length][layout.constructs];
        for (int i = 0; i < rows.length; i++) {
            fit.scores(rows[i], scores[i]);
        }
        return scores;
    }

    private List<StartOutcome> runStarts(PathModel model, ModelLayout layout, double[][] rows,
                                         double[] minimumVariance, int minimumSize) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        List<StartTask> tasks = new ArrayList<>();
        for (int k = settings.minSegments(); k <= settings.maxSegments(); k++) {
            for (int s = 0; s < settings.starts(); s++) {
                tasks.add(new StartTask(k, root.split()));
            }
        }
        return StartRunner.run(tasks, settings.threads(), task -> {
            SegmentFitter fitter = new SegmentFitter(model, layout, settings.pls(), minimumVariance);
            return new HillClimb(rows, layout, fitter, task.segments(), minimumSize)
                    .run(task.random(), settings.maxIterations());
        });
    }

    private PosSolution solve(PathModel model, DataTable data, ModelLayout layout, double[][] scores, int k,
                              List<StartOutcome> starts, PlsEstimator pls) {
        StartOutcome best = null;
        List<OptionalDouble> objectives = new ArrayList<>();
        for (StartOutcome o : starts) {
            objectives.add(o.feasible() ? OptionalDouble.of(o.objective()) : OptionalDouble.empty());
            if (o.feasible() && (best == null || o.objective() > best.objective())) {
                best = o;
            }
        }
        if (best == null) {
            throw new CsiEstimationException("K = " + k + ": none of the " + starts.size()
                    + " starts found a partition whose segments can all be estimated");
        }
        int[] labels = PosRows.bySize(best.labels(), k);
        Memberships memberships = Memberships.ofAssignment(labels, k);
        SegmentSolution solution = SegmentSolution.estimate(model, data, memberships, pls);
        PartitionLikelihood likelihood = new PartitionLikelihood(scores, labels, k, layout);
        double lnL = settings.likelihood() == PosLikelihood.MIXTURE ? likelihood.mixture() : likelihood.classification();
        RetentionCriteria criteria = RetentionCriteria.of(lnL, RetentionCriteria.structuralParameters(model, k), memberships);
        return new PosSolution(k, memberships, best.objective(), best.iterations(), best.converged(),
                best.history(), best.trialMoves(), objectives, solution, criteria);
    }
}
