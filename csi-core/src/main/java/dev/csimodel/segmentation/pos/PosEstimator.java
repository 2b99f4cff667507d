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
 * <p>For each K it searches the hard partition of the rows into K segments, each of at least the
 * minimum size, that maximises Becker et al.'s objective, the sum over segments of the sum of the
 * endogenous constructs' R² when the model is estimated on each segment's rows:
 * O = Σ_k Σ_b R²_bk (unweighted by segment size, as in the paper). Each random start climbs
 * by moving single rows, ranked by the POS distance (see {@link PosDistance}), whenever the move
 * raises O ({@link HillClimb}); the best start wins. Segments are re-estimated from running
 * moments: a trial move costs O(p²) to update the two segments' sums plus two outer iterations on
 * p × p matrices, independent of n; a pass costs O(n·K·p) for the distances plus at most n such
 * trials.
 *
 * <p>To choose K, each solution carries the information criteria of its classification
 * likelihood under the segment-wise normal regression model of FIMIX-PLS on the whole sample's
 * composite scores, with FIMIX's parameter count
 * ({@link RetentionCriteria#structuralParameters}); see {@link ClassificationLikelihood}.
 *
 * <p>Starts draw their partitions from generators split off {@code new SplittableRandom(seed)}
 * in a fixed order (K ascending, then start), before any runs, so the result is the same for any
 * number of threads. Immutable and safe to share.
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
     * @throws CsiSpecificationException if the model has interaction terms or the minimum segment
     *                          size times K exceeds the number of rows (naming both)
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
        double lnL = ClassificationLikelihood.of(scores, labels, k, layout);
        RetentionCriteria criteria = RetentionCriteria.of(lnL, RetentionCriteria.structuralParameters(model, k), memberships);
        return new PosSolution(k, memberships, best.objective(), best.iterations(), best.converged(),
                best.history(), best.trialMoves(), objectives, solution, criteria);
    }
}
