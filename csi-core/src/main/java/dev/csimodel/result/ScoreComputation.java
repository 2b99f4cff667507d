package dev.csimodel.result;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.spec.BlockStructure;

/** Construct scores from final weights: the only step of an estimate that touches the rows. */
final class ScoreComputation {

    private ScoreComputation() {
    }

    static ConstructScores standardised(DataTable data, Moments m, BlockStructure blocks, double[] w, Scaling scaling) {
        int n = data.rowCount();
        double[][] cols = new double[blocks.constructCount()][n];
        for (int i = 0; i < w.length; i++) {
            double[] x = data.column(m.names().get(i));
            double scale = scaling == Scaling.STANDARDISED ? m.sd(i) : 1.0;
            double f = w[i] / scale;
            double mean = m.mean(i);
            double[] y = cols[blocks.blockOf(i)];
            for (int r = 0; r < n; r++) {
                y[r] += (x[r] - mean) * f;
            }
        }
        return new ConstructScores(blocks.model().constructNames(), cols);
    }

    static ConstructScores rescaled(DataTable data, Moments m, BlockStructure blocks, double[] w, Scaling scaling) {
        double[] u = rescaledWeights(m, blocks, w, scaling);
        int n = data.rowCount();
        double[][] cols = new double[blocks.constructCount()][n];
        for (int i = 0; i < w.length; i++) {
            double[] x = data.column(m.names().get(i));
            double[] y = cols[blocks.blockOf(i)];
            for (int r = 0; r < n; r++) {
                y[r] += x[r] * u[i];
            }
        }
        return new ConstructScores(blocks.model().constructNames(), cols);
    }

    /**
     * Unstandardised weights normalised to sum 1 per block (Fornell et al. 1996): u = w / s,
     * ũ = u / Σu. Every weight must be positive for the result to be a weighted mean.
     */
    static double[] rescaledWeights(Moments m, BlockStructure blocks, double[] w, Scaling scaling) {
        double[] u = new double[w.length];
        double[] sums = new double[blocks.constructCount()];
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] > 0)) {
                throw new CsiEstimationException("indicator '" + m.names().get(i) + "' has a non-positive outer weight "
                        + w[i] + "; rescaled scores need positive weights in block '"
                        + blocks.model().constructs().get(blocks.blockOf(i)).name() + "'");
            }
            u[i] = scaling == Scaling.STANDARDISED ? w[i] / m.sd(i) : w[i];
            sums[blocks.blockOf(i)] += u[i];
        }
        for (int i = 0; i < w.length; i++) {
            u[i] /= sums[blocks.blockOf(i)];
        }
        return u;
    }
}
