package dev.csimodel.segmentation.rebus;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.result.PlsResult;

import java.util.List;

/**
 * The closeness measure CM of every unit to every local model (Esposito Vinzi et al. 2008;
 * Trinchera 2007), as plspm's {@code it.reb} computes it. For unit i and local model k, with the
 * unit standardised by model k's means and SDs and e_ijk, f_ihk its communality and structural
 * residuals ({@link LocalModel}):
 * <pre>
 *   O_ik = Σ_j e²_ijk / λ²_jk          I_ik = Σ_h f²_ihk / R²_hk
 *   CM_ik = sqrt( O_ik / [Σ_i' O_i'k / (N − m − 1)]  ×  I_ik / [Σ_i' I_i'k / (N − m − 1)] )
 * </pre>
 * with N the number of all units, the normalising sums running over all N units, and m = 1
 * (one component per block), so N − 2, as in plspm. Each residual is weighted by the inverse of
 * the communality or R² it leaves unexplained, and each term is normalised by its mean over the
 * units so that the measurement and structural parts weigh alike.
 */
final class ClosenessMeasure {

    private ClosenessMeasure() {
    }

    /**
     * @param fits  the local models, one per class
     * @param units every unit's indicators in block order
     * @return CM, one row per unit, one column per local model
     */
    static double[][] of(List<PlsResult> fits, double[][] units) {
        int n = units.length;
        double[][] cm = new double[n][fits.size()];
        for (int k = 0; k < fits.size(); k++) {
            LocalModel model = new LocalModel(fits.get(k));
            requireExplained(model, fits.get(k), k);
            double[] outer = new double[n];
            double[] inner = new double[n];
            for (int i = 0; i < n; i++) {
                double[] z = model.standardised(units[i]);
                double[] y = model.scores(z);
                outer[i] = weightedSquares(model.communalityResiduals(z, y), model, true);
                inner[i] = weightedSquares(model.structuralResiduals(y), model, false);
            }
            double outerScale = sum(outer) / (n - 2);
            double innerScale = sum(inner) / (n - 2);
            for (int i = 0; i < n; i++) {
                cm[i][k] = Math.sqrt(outer[i] / outerScale * inner[i] / innerScale);
            }
        }
        return cm;
    }

    /** @return the closest model of every unit, the lowest-numbered on a tie (plspm's {@code which(... == min)[1]}) */
    static int[] closest(double[][] cm) {
        int[] out = new int[cm.length];
        for (int i = 0; i < cm.length; i++) {
            int best = 0;
            for (int k = 1; k < cm[i].length; k++) {
                if (cm[i][k] < cm[i][best]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    private static double weightedSquares(double[] residuals, LocalModel model, boolean outer) {
        double s = 0;
        for (int j = 0; j < residuals.length; j++) {
            double denominator = outer ? model.communality(j) : model.rSquared(j);
            s += residuals[j] * residuals[j] / denominator;
        }
        return s;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** CM divides by communalities and R²: a zero one would make every distance infinite. */
    private static void requireExplained(LocalModel model, PlsResult fit, int k) {
        for (int j = 0; j < model.indicatorCount(); j++) {
            if (!(model.communality(j) > 0)) {
                throw new CsiEstimationException("local model of segment " + (k + 1) + ": indicator '"
                        + fit.model().indicators().get(j) + "' has communality " + model.communality(j)
                        + ", so the closeness measure is undefined");
            }
        }
        for (int h = 0; h < model.endogenousCount(); h++) {
            if (!(model.rSquared(h) > 0)) {
                throw new CsiEstimationException("local model of segment " + (k + 1) + ": construct '"
                        + fit.model().endogenous().get(h) + "' has R² " + model.rSquared(h)
                        + ", so the closeness measure is undefined");
            }
        }
    }
}
