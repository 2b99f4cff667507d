package dev.csimodel.result;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Adjustment of a family of m p-values for multiple testing, controlling the family-wise error
 * rate (as R's {@code p.adjust}). With p₍₁₎ ≤ … ≤ p₍ₘ₎ the ordered p-values:
 */
public enum PValueAdjustment {
    /** No adjustment: the raw p-values. */
    NONE,
    /** Bonferroni: {@code min(1, m·p)}. */
    BONFERRONI,
    /**
     * Holm (1979, Scandinavian Journal of Statistics 6, step-down): the i-th smallest becomes
     * {@code max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎)}; uniformly more powerful than Bonferroni.
     */
    HOLM;

    /**
     * @param p the family's p-values (not modified)
     * @return the adjusted p-values, in the order of {@code p}
     * @throws CsiSpecificationException naming the position of a p-value outside [0, 1] (or NaN)
     */
    public double[] adjust(double[] p) {
        Arguments.requireNonNull(p, "p");
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new CsiSpecificationException("p-value " + (i + 1) + " of " + p.length + " is " + p[i]
                        + ", not a probability");
            }
        }
        int m = p.length;
        double[] out = p.clone();
        if (this == BONFERRONI) {
            for (int i = 0; i < m; i++) {
                out[i] = Math.min(1, m * p[i]);
            }
        } else if (this == HOLM) {
            Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
            double running = 0;
            for (int j = 0; j < m; j++) {
                running = Math.max(running, Math.min(1, (m - j) * p[order[j]]));
                out[order[j]] = running;
            }
        }
        return out;
    }

    /**
     * @return the OLS p-values of every structural path of {@code result} (the family), model
     *         order, with their adjustment
     * @throws CsiSpecificationException if the paths have no OLS inference (consistent PLS: adjust
     *                                   the bootstrap p-values instead)
     * @param result an estimate with OLS inference on its paths
     */
    public List<AdjustedPValue> paths(PlsResult result) {
        Arguments.requireNonNull(result, "result");
        List<StructuralPath> paths = result.model().paths();
        double[] p = new double[paths.size()];
        for (int j = 0; j < p.length; j++) {
            Coefficient c = result.path(paths.get(j).from(), paths.get(j).to());
            p[j] = c.pValue().orElseThrow(() -> new CsiSpecificationException("the paths have no OLS p-values "
                    + "(consistent PLS); adjust the bootstrap p-values instead"));
        }
        return of(paths, p);
    }

    /**
     * @return the paths with their p-values {@code p} (same order) and the adjusted ones
     * @param p the family's p-values (not modified)
     * @param paths the family's structural paths
     */
    public List<AdjustedPValue> of(List<StructuralPath> paths, double[] p) {
        Arguments.requireNonNull(paths, "paths");
        Arguments.requireNonNull(p, "p");
        if (paths.size() != p.length) {
            throw new CsiSpecificationException(paths.size() + " paths for " + p.length + " p-values");
        }
        double[] adjusted = adjust(p);
        List<AdjustedPValue> out = new ArrayList<>();
        for (int j = 0; j < p.length; j++) {
            out.add(new AdjustedPValue(paths.get(j).from(), paths.get(j).to(), p[j], adjusted[j]));
        }
        return List.copyOf(out);
    }
}
