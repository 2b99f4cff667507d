package dev.csimodel.models.index;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;

import java.util.List;

/** Checks that data lie on their declared response scales before any index is computed. */
final class ScaleCheck {

    private ScaleCheck() {
    }

    /**
     * @throws CsiDataException naming the indicator and the (1-based) row of the first missing
     *                          value or value outside the indicator's declared scale
     */
    static void requireWithin(DataTable data, List<String> indicators, IndicatorScales scales) {
        for (String ind : indicators) {
            Scale s = scales.scaleOf(ind);
            double[] x = data.column(ind);
            for (int r = 0; r < x.length; r++) {
                if (Double.isNaN(x[r])) {
                    throw new CsiDataException("indicator '" + ind + "' has a missing value in row " + (r + 1));
                }
                if (!s.contains(x[r])) {
                    throw new CsiDataException("indicator '" + ind + "' has value " + x[r] + " in row " + (r + 1)
                            + ", outside its declared scale " + s);
                }
            }
        }
    }

    /** @throws CsiDataException naming the indicator if its mean lies outside its scale */
    static void requireMeanWithin(String indicator, double mean, Scale s) {
        if (!s.contains(mean)) {
            throw new CsiDataException("indicator '" + indicator + "' has mean " + mean
                    + ", outside its declared scale " + s + "; check the declared scale");
        }
    }
}
