package dev.csimodel.segmentation.fimix;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.StructuralPath;

import java.util.List;

/**
 * One latent segment as FIMIX-PLS estimates it (Hahn et al. 2002): its mixing proportion ρ_k,
 * its structural coefficients (the mixture regressions on the pooled scores, not the PLS
 * re-estimate on the segment's rows, which {@link FimixSolution#solution()} holds) and the
 * residual variance of each endogenous construct (the diagonal of Ψ_k).
 *
 * @param proportion        ρ_k, the mean posterior probability of the segment
 * @param paths             the model's paths, in declaration order
 * @param coefficients      the segment's coefficient of each path, aligned with {@code paths}
 * @param endogenous        the endogenous constructs, in declaration order
 * @param residualVariances σ²_kj of each endogenous construct, aligned with {@code endogenous}
 */
public record FimixSegment(double proportion, List<StructuralPath> paths, List<Double> coefficients,
                           List<String> endogenous, List<Double> residualVariances) {

    /**
     * Validates and copies.
     *
     * @param proportion ρ_k, the mean posterior probability of the segment
     * @param paths the model's paths, in declaration order
     * @param coefficients the segment's coefficient of each path, aligned with {@code paths}
     * @param endogenous the endogenous constructs, in declaration order
     * @param residualVariances σ²_kj of each endogenous construct, aligned with {@code endogenous}
     */
    public FimixSegment {
        Arguments.requireNonNull(paths, "paths");
        Arguments.requireNonNull(coefficients, "coefficients");
        Arguments.requireNonNull(endogenous, "endogenous");
        Arguments.requireNonNull(residualVariances, "residualVariances");
        paths = List.copyOf(paths);
        coefficients = List.copyOf(coefficients);
        endogenous = List.copyOf(endogenous);
        residualVariances = List.copyOf(residualVariances);
        if (paths.size() != coefficients.size() || endogenous.size() != residualVariances.size()) {
            throw new CsiSpecificationException("a FIMIX segment needs one coefficient per path and one variance "
                    + "per endogenous construct");
        }
    }

    /**
     * @param from the predictor
     * @param to   the endogenous construct
     * @return the segment's coefficient of {@code from -> to}
     * @throws CsiSpecificationException if the model has no such path
     */
    public double coefficient(String from, String to) {
        int i = paths.indexOf(new StructuralPath(from, to));
        if (i < 0) {
            throw new CsiSpecificationException("no path " + from + " -> " + to + "; the paths are " + paths);
        }
        return coefficients.get(i);
    }

    /**
     * @param construct an endogenous construct
     * @return its residual variance σ²_kj in this segment
     * @throws CsiSpecificationException if the construct is not endogenous
     */
    public double residualVariance(String construct) {
        int i = endogenous.indexOf(construct);
        if (i < 0) {
            throw new CsiSpecificationException("'" + construct + "' is not an endogenous construct; they are "
                    + endogenous);
        }
        return residualVariances.get(i);
    }
}
