package dev.csimodel.predict;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a fitted model to rows it was not estimated on, the prediction chain of Shmueli et
 * al. (2016): composite scores {@code y_k = Σ_i w_i (x_i − m_i)/s_i} with the fit's weights,
 * means and SDs (population SDs, the convention of the fit; {@code s_i = 1} for a centred
 * fit), structural predictions of the endogenous constructs from those scores, and indicator
 * predictions {@code x̂_i = m_i + s_i · λ_i · ŷ_k}, the regression of the indicator on its
 * unit-variance construct (λ the loading, a correlation).
 */
final class ScoreProjection {

    private final PlsResult fit;
    private final PathModel model;
    private final Moments moments;
    private final boolean standardised;
    private final int[] causalOrder;

    ScoreProjection(PlsResult fit) {
        this.fit = fit;
        this.model = fit.model();
        this.moments = fit.moments();
        this.standardised = fit.settings().scaling() == Scaling.STANDARDISED;
        this.causalOrder = causalOrder(model);
    }

    /** @return composite scores {@code [construct][row]} of the rows of {@code data} */
    double[][] scores(DataTable data) {
        List<String> names = model.constructNames();
        double[][] y = new double[names.size()][data.rowCount()];
        for (int k = 0; k < names.size(); k++) {
            for (String ind : model.constructs().get(k).indicators()) {
                int j = moments.indexOf(ind);
                double f = fit.outerWeight(ind) / (standardised ? moments.sd(j) : 1.0);
                double m = moments.mean(j);
                int col = data.columnIndex(ind);
                for (int r = 0; r < y[k].length; r++) {
                    y[k][r] += (data.value(r, col) - m) * f;
                }
            }
        }
        return y;
    }

    /**
     * @return construct predictions {@code [construct][row]}: the scores themselves for
     *         exogenous constructs, the structural prediction for endogenous ones
     */
    double[][] constructPredictions(double[][] scores, PredictionTechnique technique) {
        double[][] out = new double[scores.length][];
        List<String> names = model.constructNames();
        for (int k : causalOrder) {
            List<String> pred = model.predecessors(names.get(k));
            if (pred.isEmpty()) {
                out[k] = scores[k].clone();
                continue;
            }
            out[k] = new double[scores[k].length];
            for (String p : pred) {
                double beta = fit.pathCoefficient(p, names.get(k));
                double[] src = technique == PredictionTechnique.DIRECT_ANTECEDENTS
                        ? scores[model.indexOf(p)] : out[model.indexOf(p)];
                for (int r = 0; r < src.length; r++) {
                    out[k][r] += beta * src[r];
                }
            }
        }
        return out;
    }

    /** @return the prediction of {@code indicator} on its own scale from its construct's prediction */
    double itemPrediction(String indicator, double constructPrediction) {
        int j = moments.indexOf(indicator);
        return moments.mean(j) + moments.sd(j) * fit.loading(indicator) * constructPrediction;
    }

    /** @return the training mean of {@code indicator}, the naive prediction */
    double mean(String indicator) {
        return moments.mean(moments.indexOf(indicator));
    }

    /**
     * Constructs ordered so that every predecessor comes before its successors; the model is
     * acyclic (checked when it was built), so repeated sweeps terminate.
     */
    static int[] causalOrder(PathModel model) {
        List<String> names = model.constructNames();
        List<Integer> order = new ArrayList<>();
        boolean[] placed = new boolean[names.size()];
        while (order.size() < names.size()) {
            for (int k = 0; k < names.size(); k++) {
                if (!placed[k] && model.predecessors(names.get(k)).stream().allMatch(p -> placed[model.indexOf(p)])) {
                    placed[k] = true;
                    order.add(k);
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
