package dev.csimodel.result;

import dev.csimodel.spec.BlockStructure;
import org.ejml.data.DMatrixRMaj;

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
        // W is block diagonal: only the products with a block's own weights are formed (27 x 27
        // multiply-adds for the bank model instead of the 27 x 27 x 6 of a dense product), in
        // the order of the dense product, so the sums are the same.
        double[] sd = s.data;
        DMatrixRMaj sw = new DMatrixRMaj(p, j);
        double[] swd = sw.data;
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < j; k++) {
                double total = 0;
                for (int l = blocks.start(k); l < blocks.end(k); l++) {
                    total += sd[i * p + l] * w[l];
                }
                swd[i * j + k] = total;
            }
        }
        DMatrixRMaj lv = new DMatrixRMaj(j, j);
        for (int a = 0; a < j; a++) {
            for (int c = 0; c < j; c++) {
                double total = 0;
                for (int i = blocks.start(a); i < blocks.end(a); i++) {
                    total += w[i] * swd[i * j + c];
                }
                lv.data[a * j + c] = total;
            }
        }
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < j; k++) {
                swd[i * j + k] /= scales[i];
            }
        }
        return new FitMatrices(lv, sw);
    }
}
