package dev.csimodel.models.ahp;

import dev.csimodel.CsiDataException;
import java.util.List;
import java.util.Map;

/** Sum of weight times score over named indicators, shared by the flat and hierarchical results. */
final class WeightedScore {

    private WeightedScore() {
    }

    /**
     * {@code S = sum_k w_k * x_k} over the indicators {@code names}.
     *
     * @throws CsiDataException if a score is missing or non-finite, or a key is not an indicator
     */
    static double compute(List<String> names, List<Double> weights, Map<String, Double> scores) {
        for (String key : scores.keySet()) {
            if (!names.contains(key)) {
                throw new CsiDataException("unknown indicator '" + key + "' in the scores; expected "
                        + names);
            }
        }
        double total = 0.0;
        for (int k = 0; k < names.size(); k++) {
            Double x = scores.get(names.get(k));
            if (x == null) {
                throw new CsiDataException("missing score for indicator '" + names.get(k) + "'");
            }
            if (!Double.isFinite(x)) {
                throw new CsiDataException("score of indicator '" + names.get(k) + "' is " + x);
            }
            total += weights.get(k) * x;
        }
        return total;
    }
}
