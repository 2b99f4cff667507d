package dev.csimodel.segmentation.fimix;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.fimix.MixtureEm.MixtureState;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * FIMIX-PLS, finite mixture partial least squares (Hahn, Johnson, Herrmann and Huber 2002;
 * Sarstedt, Becker, Ringle and Schwaiger 2011): the model is estimated by PLS on all rows, and
 * the structural regressions on its construct scores are treated as a mixture of K segments,
 * each with its own coefficients, residual variances and proportion, fitted by EM
 * ({@link MixtureEm}) from {@link FimixSettings#starts()} random starts per K ≥ 2 (the best lnL
 * kept). Each K's solution is then re-estimated by PLS on the rows of each segment
 * ({@link dev.csimodel.segmentation.SegmentSolution#estimate}).
 *
 * <p>Starts begin from random posteriors, each row's drawn from a flat Dirichlet (normalised
 * exponential variates). Their generators are split from one {@link SplittableRandom} of the
 * seed in a fixed order (K ascending, then start) before any runs, so the result is the same
 * for every thread count.
 */
public final class FimixEstimator {

    private final FimixSettings settings;
    private final PlsEstimator pls;

    /**
     * @param settings the FIMIX settings
     * @param pls      the PLS estimator of the pooled and the per-segment models
     */
    public FimixEstimator(FimixSettings settings, PlsEstimator pls) {
        this.settings = Arguments.requireNonNull(settings, "settings");
        this.pls = Arguments.requireNonNull(pls, "pls");
    }

    /** @return an estimator with the default FIMIX and PLS settings */
    public static FimixEstimator withDefaults() {
        return new FimixEstimator(FimixSettings.defaults(), PlsEstimator.withDefaults());
    }

    /** @return the FIMIX settings */
    public FimixSettings settings() {
        return settings;
    }

    /**
     * @param model the path model (recursive, without interaction terms)
     * @param data  complete rows of the model's indicators
     * @return the solutions for K = 1..Kmax
     * @throws CsiDataException       if there are too few rows for Kmax segments or a score is not finite
     * @throws CsiEstimationException if the one-segment model cannot be estimated
     */
    public FimixResult estimate(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        PlsResult pooled = pls.estimate(model, data);
        if (pooled.scores().rowCount() != data.rowCount()) {
            throw new CsiDataException("FIMIX-PLS needs one score per row: the estimate used "
                    + pooled.scores().rowCount() + " of " + data.rowCount() + " rows (give complete rows)");
        }
        StructuralData structural = StructuralData.of(model, pooled.scores());
        int minRows = minimumRows(structural);
        List<Callable<Optional<MixtureState>>> tasks = tasks(structural, minRows);
        List<Optional<MixtureState>> outcomes = StartRunner.run(tasks, settings.threads());
        return assemble(model, data, pooled, outcomes);
    }

    /** Each segment needs its share of rows and enough rows for its largest regression. */
    private int minimumRows(StructuralData d) {
        int perSegment = Math.max((int) Math.ceil(settings.minimumSegmentShare() * d.rows), d.maxPredictors() + 2);
        int needed = settings.maxSegments() * (d.maxPredictors() + 2);
        if (d.rows < needed) {
            throw new CsiDataException("FIMIX-PLS with up to " + settings.maxSegments() + " segments needs at least "
                    + needed + " rows (" + (d.maxPredictors() + 2) + " per segment), the data has " + d.rows);
        }
        return perSegment;
    }

    /** The starts in their fixed order: K = 1 once, then every start of K = 2..Kmax. */
    private List<Callable<Optional<MixtureState>>> tasks(StructuralData d, int minRows) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        List<Callable<Optional<MixtureState>>> tasks = new ArrayList<>();
        tasks.add(() -> new MixtureEm(d, 1, settings, minRows).run(flat(d.rows)));
        for (int k = 2; k <= settings.maxSegments(); k++) {
            int segments = k;
            for (int s = 0; s < settings.starts(); s++) {
                SplittableRandom random = root.split();
                tasks.add(() -> new MixtureEm(d, segments, settings, minRows).run(dirichlet(random, d.rows, segments)));
            }
        }
        return tasks;
    }

    private static double[][] flat(int rows) {
        double[][] p = new double[rows][1];
        for (double[] row : p) {
            row[0] = 1;
        }
        return p;
    }

    private static double[][] dirichlet(SplittableRandom random, int rows, int segments) {
        double[][] p = new double[rows][segments];
        for (double[] row : p) {
            double sum = 0;
            for (int k = 0; k < segments; k++) {
                row[k] = -Math.log(1 - random.nextDouble());
                sum += row[k];
            }
            for (int k = 0; k < segments; k++) {
                row[k] /= sum;
            }
        }
        return p;
    }

    private FimixResult assemble(PathModel model, DataTable data, PlsResult pooled,
                                 List<Optional<MixtureState>> outcomes) {
        List<FimixSolution> solutions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= settings.maxSegments(); k++) {
            int count = k == 1 ? 1 : settings.starts();
            List<Optional<MixtureState>> starts = outcomes.subList(from, from + count);
            from += count;
            Optional<MixtureState> best = best(starts);
            if (best.isEmpty()) {
                if (k == 1) {
                    throw new CsiEstimationException("FIMIX-PLS: the one-segment model is degenerate (an endogenous "
                            + "construct is fitted without error or its predictors are collinear)");
                }
                warnings.add("K = " + k + ": all " + count + " starts were degenerate (a segment below "
                        + settings.minimumSegmentShare() + " of the rows, a residual variance near 0 or collinear "
                        + "predictors)");
                continue;
            }
            int discarded = (int) starts.stream().filter(Optional::isEmpty).count();
            try {
                solutions.add(SolutionBuilder.of(model, data, pls, best.get(), count, discarded));
            } catch (CsiEstimationException e) {
                warnings.add("K = " + k + ": the segments cannot be re-estimated by PLS: " + e.getMessage());
            }
        }
        return new FimixResult(settings, pooled, solutions, warnings);
    }

    /** @return the start with the highest lnL, the first on a tie */
    private static Optional<MixtureState> best(List<Optional<MixtureState>> starts) {
        MixtureState best = null;
        for (Optional<MixtureState> s : starts) {
            if (s.isPresent() && (best == null || s.get().logLikelihood() > best.logLikelihood())) {
                best = s.get();
            }
        }
        return Optional.ofNullable(best);
    }
}
