package dev.csimodel.result;

import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Overall model fit of a {@link PlsResult}: the discrepancy ({@link FitStatistics}: SRMR, d_ULS,
 * d_G) between the empirical indicator correlation matrix S and the correlation matrix Σ implied
 * by the saturated and by the estimated model (Henseler et al. 2014, "Common beliefs and reality
 * about PLS"; Dijkstra and Henseler 2015, CSDA 81).
 *
 * <p>Σ is built block-wise from the loadings ℓ_j of each block and a construct correlation
 * matrix Φ: across blocks {@code Σ_jk = ℓ_j Φ_jk ℓ_k'}; within a composite block
 * {@code Σ_jj = S_jj}; within a common-factor block {@code Σ_jj = ℓ_jℓ_j'} off the diagonal and
 * 1 on it. For a composite {@code ℓ_j = S_jj ŵ_j} (its PLS loadings), so the cross-block part is
 * {@code S_jj ŵ_j Φ_jk ŵ_k' S_kk}; for a common factor ℓ_j are the consistent loadings. Blocks are
 * treated as common factors only when consistent PLS is on, the construct is declared one and its
 * ρA is positive (otherwise consistent PLS leaves it uncorrected).
 * <ul>
 *   <li>Saturated model: Φ is the (corrected) construct correlation matrix, all constructs
 *       freely correlated.</li>
 *   <li>Estimated model: Φ is implied by the recursive structural model: exogenous constructs
 *       keep their correlations; each endogenous η_k = Σ_p β_kp η_p + ζ_k, taken in causal order,
 *       has {@code Φ_km = Σ_p β_kp Φ_pm} with every construct m before it, the disturbance
 *       variance making {@code Φ_kk = 1}.</li>
 * </ul>
 * Indicator order is the model's ({@link PathModel#indicators()}).
 */
public final class ModelFit {

    private final PathModel model;
    private final double[][] empirical;
    private final double[][] phiEstimated;
    private final double[][] saturated;
    private final double[][] estimated;
    private final FitStatistics saturatedFit;
    private final FitStatistics estimatedFit;

    ModelFit(PlsResult result, BlockStructure blocks, boolean[] factor, DMatrixRMaj cross, DMatrixRMaj lv,
             DMatrixRMaj paths) {
        this.model = result.model();
        int p = blocks.indicatorCount();
        DMatrixRMaj s = result.correlationMatrix();
        this.empirical = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                empirical[i][j] = s.get(i, j);
            }
        }
        double[] loadings = new double[p];
        for (int i = 0; i < p; i++) {
            loadings[i] = cross.get(i, blocks.blockOf(i));
        }
        double[][] phiSaturated = toArray(lv);
        this.phiEstimated = impliedConstructCorrelations(blocks, phiSaturated, paths);
        this.saturated = implied(blocks, factor, loadings, phiSaturated);
        this.estimated = implied(blocks, factor, loadings, phiEstimated);
        this.saturatedFit = FitStatistics.between(empirical, saturated);
        this.estimatedFit = FitStatistics.between(empirical, estimated);
    }

    private double[][] implied(BlockStructure blocks, boolean[] factor, double[] loadings, double[][] phi) {
        int p = loadings.length;
        double[][] sigma = new double[p][p];
        for (int i = 0; i < p; i++) {
            int bi = blocks.blockOf(i);
            for (int j = 0; j < p; j++) {
                int bj = blocks.blockOf(j);
                if (i == j) {
                    sigma[i][j] = 1.0;
                } else if (bi == bj) {
                    sigma[i][j] = factor[bi] ? loadings[i] * loadings[j] : empirical[i][j];
                } else {
                    sigma[i][j] = loadings[i] * phi[bi][bj] * loadings[j];
                }
            }
        }
        return sigma;
    }

    /** Φ of the estimated model: exogenous correlations kept, endogenous ones from the paths. */
    static double[][] impliedConstructCorrelations(BlockStructure blocks, double[][] phiSaturated, DMatrixRMaj paths) {
        int j = phiSaturated.length;
        double[][] phi = new double[j][j];
        List<Integer> done = new ArrayList<>();
        for (int k : causalOrder(blocks)) {
            int[] pred = blocks.predecessors(k);
            for (int m : done) {
                double v = 0;
                if (pred.length == 0) {
                    v = phiSaturated[k][m];
                } else {
                    for (int q : pred) {
                        v += paths.get(k, q) * phi[q][m];
                    }
                }
                phi[k][m] = v;
                phi[m][k] = v;
            }
            phi[k][k] = 1.0;
            done.add(k);
        }
        return phi;
    }

    /**
     * Constructs ordered so that every construct follows its predecessors, exogenous ones first
     * (Kahn's algorithm); an exogenous construct thus never follows an endogenous one, which the
     * recursion for Φ relies on.
     */
    private static List<Integer> causalOrder(BlockStructure blocks) {
        int j = blocks.constructCount();
        int[] waiting = new int[j];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int k = 0; k < j; k++) {
            waiting[k] = blocks.predecessorCount(k);
            if (waiting[k] == 0) {
                ready.add(k);
            }
        }
        List<Integer> order = new ArrayList<>(j);
        while (!ready.isEmpty()) {
            int k = ready.poll();
            order.add(k);
            for (int next : blocks.successors(k)) {
                if (--waiting[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }

    private static double[][] toArray(DMatrixRMaj m) {
        double[][] out = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                out[i][j] = m.get(i, j);
            }
        }
        return out;
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    /** @return SRMR, d_ULS and d_G of the saturated model */
    public FitStatistics saturated() {
        return saturatedFit;
    }

    /** @return SRMR, d_ULS and d_G of the estimated model */
    public FitStatistics estimated() {
        return estimatedFit;
    }

    /** @return SRMR of the saturated model */
    public double srmrSaturated() {
        return saturatedFit.srmr();
    }

    /** @return SRMR of the estimated model */
    public double srmrEstimated() {
        return estimatedFit.srmr();
    }

    /** @return d_ULS of the saturated model */
    public double dUlsSaturated() {
        return saturatedFit.dUls();
    }

    /** @return d_ULS of the estimated model */
    public double dUlsEstimated() {
        return estimatedFit.dUls();
    }

    /** @return d_G of the saturated model; empty if S or Σ is not positive definite */
    public OptionalDouble dGSaturated() {
        return saturatedFit.dG();
    }

    /** @return d_G of the estimated model; empty if S or Σ is not positive definite */
    public OptionalDouble dGEstimated() {
        return estimatedFit.dG();
    }

    /** @return the indicator names, the row and column order of the matrices below */
    public List<String> indicators() {
        return model.indicators();
    }

    /** @return the empirical indicator correlation matrix S (a fresh copy) */
    public double[][] empiricalCorrelation() {
        return copy(empirical);
    }

    /** @return Σ of the saturated model (a fresh copy; for e.g. a Bollen-Stine transformation) */
    public double[][] impliedCorrelationSaturated() {
        return copy(saturated);
    }

    /** @return Σ of the estimated model (a fresh copy) */
    public double[][] impliedCorrelationEstimated() {
        return copy(estimated);
    }

    /**
     * @return the correlation of constructs {@code a} and {@code b} implied by the estimated structural model
     * @param a the name of one construct
     * @param b the name of the other construct
     */
    public double impliedConstructCorrelation(String a, String b) {
        return phiEstimated[model.indexOf(a)][model.indexOf(b)];
    }
}
