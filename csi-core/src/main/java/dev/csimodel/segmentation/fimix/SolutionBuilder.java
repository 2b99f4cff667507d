package dev.csimodel.segmentation.fimix;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.segmentation.SegmentSolution;
import dev.csimodel.segmentation.fimix.MixtureEm.MixtureParameters;
import dev.csimodel.segmentation.fimix.MixtureEm.MixtureState;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns the best EM start of one K into a {@link FimixSolution}: segments relabelled by
 * decreasing ρ_k (the smaller EM label first on a tie), memberships, retention criteria and the
 * per-segment PLS re-estimate.
 */
final class SolutionBuilder {

    private SolutionBuilder() {
    }

    static FimixSolution of(PathModel model, DataTable data, PlsEstimator pls, MixtureState best, int starts,
                            int discarded) {
        MixtureParameters m = best.parameters();
        int k = m.rho().length;
        int[] order = IntStream.range(0, k).boxed()
                .sorted(Comparator.comparingDouble((Integer s) -> -m.rho()[s]).thenComparingInt(s -> s))
                .mapToInt(Integer::intValue).toArray();
        double[][] posterior = new double[best.posterior().length][k];
        for (int i = 0; i < posterior.length; i++) {
            for (int s = 0; s < k; s++) {
                posterior[i][s] = best.posterior()[i][order[s]];
            }
        }
        Memberships memberships = Memberships.ofProbabilities(posterior);
        RetentionCriteria criteria = RetentionCriteria.of(best.logLikelihood(),
                RetentionCriteria.structuralParameters(model, k), memberships);
        List<FimixSegment> segments = new ArrayList<>();
        for (int s : order) {
            segments.add(segment(model, m, s));
        }
        SegmentSolution solution = SegmentSolution.estimate(model, data, memberships, pls);
        return new FimixSolution(criteria, segments, solution, best.converged(), best.iterations(), starts, discarded);
    }

    /** The EM keeps β per equation in predecessor order; the segment lists them in path order. */
    private static FimixSegment segment(PathModel model, MixtureParameters m, int s) {
        List<String> endogenous = model.endogenous();
        List<Double> coefficients = new ArrayList<>();
        for (StructuralPath p : model.paths()) {
            int j = endogenous.indexOf(p.to());
            int q = model.predecessors(p.to()).indexOf(p.from());
            coefficients.add(m.beta()[s][j][q]);
        }
        List<Double> variances = Arrays.stream(m.variance()[s]).boxed().toList();
        return new FimixSegment(m.rho()[s], model.paths(), coefficients, endogenous, variances);
    }
}
