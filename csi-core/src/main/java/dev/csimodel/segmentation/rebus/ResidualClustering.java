package dev.csimodel.segmentation.rebus;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.Memberships;

import java.util.ArrayList;
import java.util.List;

/**
 * REBUS steps 1 to 3 (plspm's {@code res.clus}): the global model, every unit's communality
 * residuals (one per indicator, e_ij = x̃_ij − λ_j y_iq, x̃ standardised with the population SD)
 * and structural residuals (one per endogenous construct, f_ih = y_ih − Σ β_hq y_iq) from it, and
 * the Ward dendrogram of those residual vectors. Read {@link #heights()} (or plot
 * {@link #dendrogram()}) to choose the number of classes K, as plspm's dendrogram plot is read;
 * {@link RebusEstimator#iterate} then runs the rest of REBUS from here. Immutable.
 */
public final class ResidualClustering {

    private final PlsResult globalFit;
    private final List<String> columns;
    private final double[][] residuals;
    private final Dendrogram dendrogram;

    ResidualClustering(PlsResult globalFit, double[][] residuals, Dendrogram dendrogram) {
        this.globalFit = globalFit;
        List<String> names = new ArrayList<>(globalFit.model().indicators());
        names.addAll(globalFit.model().endogenous());
        this.columns = List.copyOf(names);
        this.residuals = residuals;
        this.dendrogram = dendrogram;
    }

    /** @return the model estimated on all rows (REBUS step 1) */
    public PlsResult globalFit() {
        return globalFit;
    }

    /** @return the residual columns: every indicator (communality residual), then every endogenous construct (structural residual) */
    public List<String> residualColumns() {
        return columns;
    }

    /** @return the number of units clustered */
    public int unitCount() {
        return residuals.length;
    }

    /**
     * @param row    the unit, from 0
     * @param column an indicator (its communality residual) or an endogenous construct (its
     *               structural residual)
     * @return the unit's residual from the global model
     * @throws CsiSpecificationException if {@code column} is neither
     */
    public double residual(int row, String column) {
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new CsiSpecificationException("'" + column + "' is no residual column; they are " + columns);
        }
        return residuals[row][c];
    }

    /** @return the Ward dendrogram of the units' residual vectors (REBUS step 3) */
    public Dendrogram dendrogram() {
        return dendrogram;
    }

    /** @return the n − 1 merge heights, non-decreasing: a large jump before the last K − 1 merges suggests K classes */
    public double[] heights() {
        return dendrogram.heights();
    }

    /**
     * @param k the number of classes
     * @return the partition into k classes cut from the dendrogram (REBUS step 5's initial classes)
     */
    public Memberships partition(int k) {
        return Memberships.ofAssignment(dendrogram.cut(k), k);
    }
}
