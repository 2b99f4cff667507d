package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One latent segment of the chosen K: the model re-estimated by PLS on its rows.
 *
 * @param segment    the segment number, from 1
 * @param rows       rows assigned to it
 * @param share      its relative size, the mean membership probability
 * @param paths      the path coefficients, in declaration order
 * @param constructs R² and, with {@code --scale}, the 0-100 index of each construct, in model order
 */
public record LatentSegmentEntry(int segment, int rows, double share, List<Path> paths, List<Construct> constructs) {

    /**
     * @param from     the predictor
     * @param to       the dependent construct
     * @param estimate the segment's path coefficient
     */
    public record Path(String from, String to, double estimate) {
    }

    /**
     * @param name  the construct
     * @param r2    R², null if exogenous
     * @param index the 0-100 index; absent without --scale or where undefined (a warning says why)
     */
    public record Construct(String name, Double r2, @JsonInclude(JsonInclude.Include.NON_NULL) Double index) {
    }
}
