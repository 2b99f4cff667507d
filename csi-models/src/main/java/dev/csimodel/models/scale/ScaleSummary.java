package dev.csimodel.models.scale;

import dev.csimodel.CsiDataException;
import java.util.ArrayList;
import java.util.List;

/**
 * Distribution of a set of answers on one {@link SatisfactionScale}, with the mean point
 * {@code m = sum_p p * n_p / N} and its 0-100 index {@code (m - 1) / (k - 1) * 100}.
 *
 * <p>The constructor throws {@link CsiDataException} if the counts do not match the scale, are
 * negative or sum to 0.
 *
 * @param scale  the scale
 * @param counts number of answers per level, index 0 = point 1; as many entries as levels
 */
public record ScaleSummary(SatisfactionScale scale, List<Integer> counts) {

    /**
     * Copies the counts and requires one non-negative count per scale level, not all zero.
     * @param scale the scale
     * @param counts number of answers per level, index 0 = point 1; as many entries as levels
     */
    public ScaleSummary {
        counts = List.copyOf(counts);
        if (counts.size() != scale.size()) {
            throw new CsiDataException(counts.size() + " counts for the " + scale.size() + "-level scale");
        }
        int total = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new CsiDataException("answer counts must not be negative: " + counts);
            }
            total += c;
        }
        if (total == 0) {
            throw new CsiDataException("no answers to summarise on the " + scale.size() + "-level scale");
        }
    }

    static ScaleSummary of(SatisfactionScale scale, int[] counts) {
        List<Integer> list = new ArrayList<>(counts.length);
        for (int c : counts) {
            list.add(c);
        }
        return new ScaleSummary(scale, list);
    }

    /** @return N, the number of answers */
    public int count() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param point a point 1..k
     * @return the number of answers at that point
     * @throws CsiDataException if the point is outside 1..k
     */
    public int count(int point) {
        scale.level(point);
        return counts.get(point - 1);
    }

    /**
     * @param point a point 1..k
     * @return the share of answers at that point, in [0, 1]
     */
    public double share(int point) {
        return (double) count(point) / count();
    }

    /** @return the mean point m, in [1, k] */
    public double meanPoint() {
        double sum = 0.0;
        for (int p = 1; p <= counts.size(); p++) {
            sum += (double) p * counts.get(p - 1);
        }
        return sum / count();
    }

    /** @return the 0-100 index of the mean point, {@code (m - 1) / (k - 1) * 100} */
    public double index() {
        return scale.toIndex(meanPoint());
    }
}
