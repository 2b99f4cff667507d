package dev.csimodel.segmentation.rebus;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.SegmentSolution;

import java.util.List;

/**
 * The group quality index of a partition with one PLS model per class (Esposito Vinzi et al.
 * 2008; Trinchera 2007), as plspm's {@code get_GQI} computes it:
 * <pre>
 *   GQI = sqrt( Σ_k (n_k / N) · [ (1/P) Σ_j (1 − Σ_{i∈k} e²_ijk / Σ_{i∈k} x̃²_ijk) ]
 *                             · [ (1/H) Σ_h (1 − Σ_{i∈k} f²_ihk / Σ_{i∈k} y²_ihk) ] )
 * </pre>
 * over the P indicators and H endogenous constructs, with class k's rows standardised by their
 * own means and population SDs, e and f the communality and structural residuals of class k's
 * model and y its construct scores. Each bracket is the class's mean communality and mean R²,
 * so for one class GQI is the absolute GoF computed over all indicators; a segmentation whose
 * local models explain more than the global model has a larger GQI.
 */
public final class GroupQualityIndex {

    private GroupQualityIndex() {
    }

    /**
     * @param solution the partition and the model estimated on each class's rows
     * @param data     all rows, in the order of the memberships (the rows the models were fitted to)
     * @return GQI, in [0, 1]
     * @throws CsiSpecificationException if the memberships do not cover the rows of {@code data}
     */
    public static double of(SegmentSolution solution, DataTable data) {
        Arguments.requireNonNull(solution, "solution");
        Arguments.requireNonNull(data, "data");
        Memberships m = solution.memberships();
        if (m.rowCount() != data.rowCount()) {
            throw new CsiSpecificationException(m.rowCount() + " memberships for " + data.rowCount() + " rows");
        }
        List<PlsResult> fits = solution.segmentFits();
        double[][] units = UnitRows.of(data, fits.get(0).model().indicators());
        double sum = 0;
        for (int k = 0; k < fits.size(); k++) {
            int[] rows = m.rowsOf(k);
            sum += (double) rows.length / units.length * classTerm(new LocalModel(fits.get(k)), units, rows);
        }
        return Math.sqrt(sum);
    }

    /**
     * The GQI of the global model: one class holding every row.
     *
     * @param global the model estimated on all rows of {@code data}
     * @param data   those rows
     * @return GQI of the unsegmented model
     */
    public static double of(PlsResult global, DataTable data) {
        Arguments.requireNonNull(global, "global");
        Arguments.requireNonNull(data, "data");
        Memberships one = Memberships.ofAssignment(new int[data.rowCount()], 1);
        return of(new SegmentSolution(one, List.of(global)), data);
    }

    /** (mean over indicators of 1 − SSE/SS) × (mean over endogenous of 1 − SSE/SS) on the class's rows. */
    private static double classTerm(LocalModel model, double[][] units, int[] rows) {
        double[] outerSse = new double[model.indicatorCount()];
        double[] outerSs = new double[model.indicatorCount()];
        double[] innerSse = new double[model.endogenousCount()];
        double[] innerSs = new double[model.endogenousCount()];
        for (int i : rows) {
            double[] z = model.standardised(units[i]);
            double[] y = model.scores(z);
            accumulate(model.communalityResiduals(z, y), z, outerSse, outerSs);
            accumulate(model.structuralResiduals(y), model.endogenousScores(y), innerSse, innerSs);
        }
        return meanExplained(outerSse, outerSs) * meanExplained(innerSse, innerSs);
    }

    private static void accumulate(double[] residual, double[] value, double[] sse, double[] ss) {
        for (int j = 0; j < residual.length; j++) {
            sse[j] += residual[j] * residual[j];
            ss[j] += value[j] * value[j];
        }
    }

    private static double meanExplained(double[] sse, double[] ss) {
        double s = 0;
        for (int j = 0; j < sse.length; j++) {
            s += 1 - sse[j] / ss[j];
        }
        return s / sse.length;
    }
}
