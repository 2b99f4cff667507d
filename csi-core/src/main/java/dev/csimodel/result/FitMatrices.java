package dev.csimodel.result;

import dev.csimodel.spec.BlockStructure;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The products every result starts from: with W the block-diagonal weight matrix and S the
 * working moment matrix, construct correlations {@code W'SW} (unit diagonal, the weights being
 * normalised) and indicator-construct correlations {@code SW} divided by each indicator's unit.
 *
 * @param lvCorrelation construct correlations, J x J
 * @param cross         indicator-construct correlations (loadings and cross-loadings), p x J
 */
record FitMatrices(DMatrixRMaj lvCorrelation, DMatrixRMaj cross) {

    /**
     * @param s      working moment matrix (correlations, or covariances when centred)
     * @param w      outer weights in block order
     * @param scales each indicator's unit in {@code s}: 1, or its SD when centred
     */
    static FitMatrices of(BlockStructure blocks, DMatrixRMaj s, double[] w, double[] scales) {
        int p = w.length;
        int j = blocks.constructCount();
        DMatrixRMaj wm = new DMatrixRMaj(p, j);
        for (int i = 0; i < p; i++) {
            wm.set(i, blocks.blockOf(i), w[i]);
        }
        DMatrixRMaj sw = new DMatrixRMaj(p, j);
        CommonOps_DDRM.mult(s, wm, sw);
        DMatrixRMaj lv = new DMatrixRMaj(j, j);
        CommonOps_DDRM.multTransA(wm, sw, lv);
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < j; k++) {
                sw.set(i, k, sw.get(i, k) / scales[i]);
            }
        }
        return new FitMatrices(lv, sw);
    }
}
