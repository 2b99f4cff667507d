package dev.csimodel.models.index;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;

import java.util.List;
import java.util.OptionalDouble;

/** Checks that data lie on their declared response scales before any index is computed. */
final class ScaleCheck {

    private ScaleCheck() {
    }

    /**
     * @throws CsiDataException naming the indicator and the row of the first missing value or
     *                          value outside the indicator's declared scale; rows are data rows
     *                          counted from 1 without the header (line {@code row + 1} of a CSV
     *                          file with a one-line header)
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
                    throw new CsiDataException("column '" + ind + "', data row " + (r + 1) + ": value " + x[r]
                            + " lies outside the declared scale " + s);
                }
            }
        }
    }

    /**
     * Checks an indicator of moments against its scale: its smallest and largest value when the
     * moments kept them (accumulated, in-memory and weighted moments do), else its mean (moments
     * of bootstrap resamples and hand-made moments carry no range).
     *
     * @throws CsiDataException naming the indicator, the extreme value and the scale
     */
    static void requireWithin(Moments m, String indicator, Scale s) {
        OptionalDouble lo = m.minimum(indicator);
        OptionalDouble hi = m.maximum(indicator);
        if (lo.isEmpty()) {
            requireMeanWithin(indicator, m.mean(m.indexOf(indicator)), s);
            return;
        }
        double bad = !s.contains(lo.getAsDouble()) ? lo.getAsDouble() : hi.getAsDouble();
        if (!s.contains(bad)) {
            throw new CsiDataException("column '" + indicator + "' has value " + bad
                    + ", outside its declared scale " + s);
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
