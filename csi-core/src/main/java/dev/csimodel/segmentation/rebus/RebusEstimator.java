package dev.csimodel.segmentation.rebus;

import dev.csimodel.Arguments;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.groups.GroupComparison;
import dev.csimodel.groups.GroupComparisonResult;
import dev.csimodel.groups.PermutationSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.SegmentSolution;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/**
 * REBUS-PLS, response-based unit segmentation (Esposito Vinzi, Trinchera, Squillacciotti and
 * Tenenhaus 2008; Trinchera 2007), following R plspm's {@code rebus.pls}: (1) estimate the global
 * model; (2) compute every unit's communality and structural residuals from it; (3) cluster the
 * residual vectors with Ward's method ({@link #cluster}); (4-5) cut the dendrogram into K classes;
 * (6) estimate the model in each class; (7) compute the closeness measure CM of every unit to
 * every local model ({@code ClosenessMeasure}); (8) move every unit to its closest model and
 * repeat from (6) until fewer than {@code stopCriterion} of the units change class or
 * {@code maxIterations} reassignments were made; (9) re-estimate the local models on the final
 * classes and compute the group quality index ({@link GroupQualityIndex}). Deterministic: there
 * is no random start. Every block must be reflective (Mode A), as plspm requires.
 */
public final class RebusEstimator {

    /** plspm's {@code it.reb} stops when a class falls to 5 units or fewer. */
    static final int MIN_CLASS_SIZE = 6;

    private RebusEstimator() {
    }

    /**
     * Runs all of REBUS: {@link #cluster} then {@link #iterate}.
     *
     * @param model    the path model, every block Mode A, at least one structural path
     * @param data     the rows, one column per indicator, no missing values
     * @param settings K, the stop rule and the PLS settings
     * @return the segmentation
     * @throws CsiSpecificationException naming the construct of a block that is not Mode A, or if
     *                                   K exceeds the number of rows
     * @throws CsiEstimationException    naming the class that falls below 6 units or whose local
     *                                   model cannot be estimated
     */
    public static RebusResult estimate(PathModel model, DataTable data, RebusSettings settings) {
        Arguments.requireNonNull(settings, "settings");
        Arguments.requireNonNull(data, "data");
        requireSegmentsFit(settings.segments(), data.rowCount());
        return iterate(cluster(model, data, settings.estimation()), data, settings);
    }

    /**
     * REBUS steps 1 to 3 on their own (plspm's {@code res.clus}): the global model, its residuals
     * and their Ward dendrogram, whose heights help to choose K.
     *
     * @param model      the path model, every block Mode A, at least one structural path
     * @param data       the rows
     * @param estimation the PLS settings (standardised, plain PLS)
     * @return the clustering
     * @throws CsiSpecificationException naming the construct of a block that is not Mode A
     */
    public static ResidualClustering cluster(PathModel model, DataTable data, PlsSettings estimation) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(estimation, "estimation");
        RebusSettings.defaults().withEstimation(estimation); // validates the PLS settings
        requireReflective(model);
        PlsResult global = new PlsEstimator(estimation).estimate(model, data);
        LocalModel fit = new LocalModel(global);
        double[][] units = UnitRows.of(data, model.indicators());
        double[][] residuals = new double[units.length][];
        for (int i = 0; i < units.length; i++) {
            double[] z = fit.standardised(units[i]);
            double[] y = fit.scores(z);
            residuals[i] = concat(fit.communalityResiduals(z, y), fit.structuralResiduals(y));
        }
        return new ResidualClustering(global, residuals, Dendrogram.ward(residuals));
    }

    /**
     * REBUS steps 4 to 9 from a clustering (plspm's {@code it.reb}): cut it into
     * {@code settings.segments()} classes and reassign units until the stop rule holds.
     *
     * @param clustering the result of {@link #cluster} on the same rows
     * @param data       the rows the clustering was made from
     * @param settings   K, the stop rule, and the PLS settings the clustering was made with
     * @return the segmentation
     * @throws CsiSpecificationException if K exceeds the rows, or the rows or PLS settings are not
     *                                   those of the clustering
     * @throws CsiEstimationException    naming the class that falls below 6 units or whose local
     *                                   model cannot be estimated
     */
    public static RebusResult iterate(ResidualClustering clustering, DataTable data, RebusSettings settings) {
        Arguments.requireNonNull(clustering, "clustering");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(settings, "settings");
        requireSameProblem(clustering, data, settings);
        PathModel model = clustering.globalFit().model();
        PlsEstimator estimator = new PlsEstimator(settings.estimation());
        double[][] units = UnitRows.of(data, model.indicators());
        int k = settings.segments();
        Memberships initial = clustering.partition(k);
        requireClassSizes(initial, "the initial partition cut from the dendrogram");
        List<RebusIteration> history = new ArrayList<>();
        int[] current = initial.assignment();
        boolean converged;
        while (true) {
            SegmentSolution local = SegmentSolution.estimate(model, data, Memberships.ofAssignment(current, k), estimator);
            int[] next = ClosenessMeasure.closest(ClosenessMeasure.of(local.segmentFits(), units));
            Memberships after = Memberships.ofAssignment(next, k);
            history.add(new RebusIteration(history.size() + 1, after, changes(current, next)));
            current = next;
            converged = history.get(history.size() - 1).changedShare() < settings.stopCriterion();
            requireClassSizes(after, "iteration " + history.size());
            if (converged || history.size() == settings.maxIterations()) {
                break;
            }
        }
        SegmentSolution solution = SegmentSolution.estimate(model, data, Memberships.ofAssignment(current, k), estimator);
        return new RebusResult(settings, clustering, initial, history, solution,
                GroupQualityIndex.of(solution, data), GroupQualityIndex.of(clustering.globalFit(), data), converged);
    }

    /**
     * Permutation tests of every pair of REBUS classes (the role of plspm's {@code rebus.test}):
     * the multi-group comparison of {@link GroupComparison} on the final classes, coded 0..K−1.
     * plspm's version draws both permuted groups from the same units, so its permutation
     * differences are zero and every p-value is 1/(B+1); this one permutes properly.
     *
     * @param result       a REBUS result
     * @param data         the rows it was estimated on
     * @param permutations the permutation settings
     * @return the per-class estimates and the pairwise tests
     */
    public static GroupComparisonResult test(RebusResult result, DataTable data, PermutationSettings permutations) {
        Arguments.requireNonNull(result, "result");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(permutations, "permutations");
        return new GroupComparison(result.settings().estimation(), permutations)
                .compare(result.globalFit().model(), data, result.memberships().assignment());
    }

    private static void requireReflective(PathModel model) {
        List<String> other = new ArrayList<>();
        for (Construct c : model.constructs()) {
            if (c.mode() != OuterMode.A) {
                other.add(c.name() + " (Mode " + c.mode() + ")");
            }
        }
        if (!other.isEmpty()) {
            throw new CsiSpecificationException("REBUS needs reflective (Mode A) blocks, as its communality residuals"
                    + " do; not Mode A: " + String.join(", ", other));
        }
        if (model.endogenous().isEmpty()) {
            throw new CsiSpecificationException("REBUS needs at least one endogenous construct (structural residuals)");
        }
    }

    private static void requireSegmentsFit(int k, int rows) {
        if (k > rows) {
            throw new CsiSpecificationException("REBUS cannot form " + k + " segments from " + rows + " rows");
        }
    }

    private static void requireSameProblem(ResidualClustering clustering, DataTable data, RebusSettings settings) {
        requireSegmentsFit(settings.segments(), data.rowCount());
        if (clustering.unitCount() != data.rowCount()) {
            throw new CsiSpecificationException("the clustering has " + clustering.unitCount() + " units, the data "
                    + data.rowCount() + " rows");
        }
        if (!clustering.globalFit().settings().equals(settings.estimation())) {
            throw new CsiSpecificationException("the clustering was made with PLS settings "
                    + clustering.globalFit().settings() + ", not " + settings.estimation());
        }
    }

    private static void requireClassSizes(Memberships m, String where) {
        for (int s = 0; s < m.segmentCount(); s++) {
            int size = m.rowsOf(s).length;
            if (size < MIN_CLASS_SIZE) {
                throw new CsiEstimationException("REBUS segment " + (s + 1) + " has " + size + " unit(s) in " + where
                        + ", fewer than " + MIN_CLASS_SIZE + " (plspm's limit): try fewer segments");
            }
        }
    }

    private static int changes(int[] before, int[] after) {
        int c = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                c++;
            }
        }
        return c;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
