package dev.csimodel.segmentation.rebus;

import dev.csimodel.data.Moments;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.PathModel;

import java.util.List;

/**
 * A fitted PLS model applied to any unit, as REBUS needs it (plspm's {@code res.clus} and
 * {@code it.reb}): the unit's indicators standardised with the model's own means and population
 * SDs, x̃_j = (x_j − m_j) / s_j; its construct scores y_q = Σ_{j∈q} w_jq x̃_j with the model's
 * outer weights; the communality residual of indicator j of block q, e_j = x̃_j − λ_j y_q; and the
 * structural residual of endogenous construct h, f_h = y_h − Σ_q β_hq y_q (no intercept: the
 * scores are centred on the model's own rows).
 */
final class LocalModel {

    private final BlockStructure blocks;
    private final double[] mean;
    private final double[] sd;
    private final double[] weight;
    private final double[] loading;
    /** Endogenous constructs in model order, their predecessors and path coefficients, and R². */
    private final int[] endogenous;
    private final int[][] predecessors;
    private final double[][] paths;
    private final double[] rSquared;

    LocalModel(PlsResult fit) {
        PathModel model = fit.model();
        blocks = model.blocks();
        Moments m = fit.moments();
        List<String> indicators = model.indicators();
        int p = indicators.size();
        mean = new double[p];
        sd = new double[p];
        weight = new double[p];
        loading = new double[p];
        for (int j = 0; j < p; j++) {
            mean[j] = m.mean(j);
            sd[j] = m.sd(j);
            weight[j] = fit.outerWeight(indicators.get(j));
            loading[j] = fit.loading(indicators.get(j));
        }
        List<String> endo = model.endogenous();
        endogenous = new int[endo.size()];
        predecessors = new int[endo.size()][];
        paths = new double[endo.size()][];
        rSquared = new double[endo.size()];
        for (int h = 0; h < endo.size(); h++) {
            String name = endo.get(h);
            endogenous[h] = model.indexOf(name);
            predecessors[h] = blocks.predecessors(endogenous[h]);
            paths[h] = new double[predecessors[h].length];
            for (int a = 0; a < paths[h].length; a++) {
                paths[h][a] = fit.pathCoefficient(model.constructNames().get(predecessors[h][a]), name);
            }
            rSquared[h] = fit.rSquared(name).orElseThrow();
        }
    }

    int indicatorCount() {
        return mean.length;
    }

    int endogenousCount() {
        return endogenous.length;
    }

    /** @return the unit's indicators standardised by this model's moments */
    double[] standardised(double[] x) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / sd[j];
        }
        return z;
    }

    /** @return the construct scores of a standardised unit */
    double[] scores(double[] z) {
        double[] y = new double[blocks.constructCount()];
        for (int j = 0; j < z.length; j++) {
            y[blocks.blockOf(j)] += weight[j] * z[j];
        }
        return y;
    }

    /** @return e_j = x̃_j − λ_j y_q(j) for every indicator */
    double[] communalityResiduals(double[] z, double[] y) {
        double[] e = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            e[j] = z[j] - loading[j] * y[blocks.blockOf(j)];
        }
        return e;
    }

    /** @return f_h = y_h − Σ β_hq y_q for every endogenous construct, in model order */
    double[] structuralResiduals(double[] y) {
        double[] f = new double[endogenous.length];
        for (int h = 0; h < endogenous.length; h++) {
            double fit = 0;
            for (int a = 0; a < predecessors[h].length; a++) {
                fit += paths[h][a] * y[predecessors[h][a]];
            }
            f[h] = y[endogenous[h]] - fit;
        }
        return f;
    }

    /** @return the endogenous construct scores, in model order */
    double[] endogenousScores(double[] y) {
        double[] out = new double[endogenous.length];
        for (int h = 0; h < endogenous.length; h++) {
            out[h] = y[endogenous[h]];
        }
        return out;
    }

    /** @return communality λ_j² of indicator j */
    double communality(int j) {
        return loading[j] * loading[j];
    }

    /** @return R² of the h-th endogenous construct */
    double rSquared(int h) {
        return rSquared[h];
    }
}
