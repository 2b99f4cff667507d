package dev.csimodel.bootstrap;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.Collinearity;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.RepeatedEstimation;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.result.Convergence;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import java.util.List;

/**
 * The bootstrap statistics of one resample straight from its covariance matrix, without a
 * {@link dev.csimodel.result.PlsResult}: correlations scaled in place, the weights from a reused
 * {@link RepeatedEstimation}, then only what {@link StatisticLayout} asks for. Every quantity is
 * computed with the operations, in the order, of the result classes it replaces (the
 * products of {@code FitMatrices}, the regressions of {@code StructuralSolver}, the total
 * effects {@code (I − B)⁻¹ − I}, the HTMT of {@code Htmt} on absolute correlations), so the
 * statistics are bit-identical to those extracted from a full result, and a resample fails
 * exactly when the full estimate would (the test {@code LeanResampleTest} checks both). Not for
 * consistent PLS or custom statistics, which need the full result.
 *
 * <p>All work arrays are allocated once: one instance per worker thread.
 */
final class ResampleStatistics implements ResampleMoments {

    /**
     * Margin on the bound of the condition ratio below which the exact (eigenvalue) collinearity
     * check of a structural regression runs: the bound is computed from an inverse that carries
     * rounding error.
     */
    private static final double BOUND_MARGIN = 2;

    private final RepeatedEstimation estimation;
    private final StatisticLayout layout;
    private final PathModel model;
    private final PlsSettings settings;
    private final List<MomentStatistic> custom;
    private final int builtIn;
    private double[] means;
    private double observations;
    private final BlockStructure blocks;
    private final List<String> names;
    private final boolean standardised;
    private final int p;
    private final int nc;
    private final StatisticKind[] kind;
    private final int[] first;
    private final int[] second;
    /** Per specific indirect effect, its route as construct indices (cause, mediators, effect); else null. */
    private final int[][] route;
    private final double[] weights;
    private final double[] sd;
    private final double[] covariance;
    private final double[] sw;
    private final double[] lv;
    private final double[] rSquared;
    private final double[] monotrait;
    private final int[][] predecessors;
    private final DMatrixRMaj[] rpp;
    private final DMatrixRMaj[] scratch;
    private final DMatrixRMaj[] rpy;
    private final DMatrixRMaj[] inverse;
    private final DMatrixRMaj[] beta;
    private final DMatrixRMaj paths;
    private final DMatrixRMaj iMinusB;
    private final DMatrixRMaj totals;
    private final boolean needsTotals;

    ResampleStatistics(PathModel model, PlsSettings settings, List<String> indicatorNames, StatisticLayout layout) {
        this.estimation = new RepeatedEstimation(model, settings);
        this.model = model;
        this.settings = settings;
        this.layout = layout;
        this.custom = layout.momentStatistics();
        this.blocks = model.blocks();
        this.names = indicatorNames;
        this.standardised = settings.scaling() == Scaling.STANDARDISED;
        this.p = blocks.indicatorCount();
        this.nc = blocks.constructCount();
        weights = new double[p];
        sd = new double[p];
        covariance = standardised ? null : new double[p * p];
        sw = new double[p * nc];
        lv = new double[nc * nc];
        rSquared = new double[nc];
        monotrait = new double[nc];
        predecessors = new int[nc][];
        rpp = new DMatrixRMaj[nc];
        scratch = new DMatrixRMaj[nc];
        rpy = new DMatrixRMaj[nc];
        inverse = new DMatrixRMaj[nc];
        beta = new DMatrixRMaj[nc];
        for (int k = 0; k < nc; k++) {
            predecessors[k] = blocks.predecessors(k);
            int m = predecessors[k].length;
            rpp[k] = new DMatrixRMaj(m, m);
            scratch[k] = new DMatrixRMaj(m, m);
            rpy[k] = new DMatrixRMaj(m, 1);
            inverse[k] = new DMatrixRMaj(m, m);
            beta[k] = new DMatrixRMaj(m, 1);
        }
        paths = new DMatrixRMaj(nc, nc);
        iMinusB = new DMatrixRMaj(nc, nc);
        totals = new DMatrixRMaj(nc, nc);
        int size = layout.builtInSize();
        this.builtIn = size;
        kind = new StatisticKind[size];
        first = new int[size];
        second = new int[size];
        route = new int[size][];
        boolean anyTotal = false;
        List<StatisticKey> keys = layout.keys();
        for (int j = 0; j < size; j++) {
            StatisticKey key = keys.get(j);
            kind[j] = key.kind();
            anyTotal |= key.kind() == StatisticKind.TOTAL_EFFECT;
            locate(model, key, j);
        }
        needsTotals = anyTotal;
    }

    /** Whether {@code layout} can be computed without a full result under {@code settings}. */
    static boolean supports(PlsSettings settings, StatisticLayout layout) {
        return !settings.consistent() && layout.momentStatistics() != null;
    }

    private void locate(PathModel model, StatisticKey key, int j) {
        switch (key.kind()) {
            case OUTER_WEIGHT, LOADING -> first[j] = blocks.indicatorIndex(key.first());
            case R_SQUARED -> first[j] = model.indexOf(key.first());
            case PATH, TOTAL_EFFECT, HTMT -> {
                first[j] = model.indexOf(key.first());
                second[j] = model.indexOf(key.second());
            }
            case SPECIFIC_INDIRECT -> {
                String[] rest = key.second().split(" -> ");
                route[j] = new int[rest.length + 1];
                route[j][0] = model.indexOf(key.first());
                for (int i = 0; i < rest.length; i++) {
                    route[j][i + 1] = model.indexOf(rest[i]);
                }
            }
            default -> throw new IllegalStateException("no lean computation of " + key);
        }
    }

    /** The product of the path coefficients along {@code r}, in route order as {@link IndirectStatistics}. */
    private double routeProduct(int[] r) {
        double product = 1;
        for (int i = 1; i < r.length; i++) {
            product *= paths.unsafe_get(r[i], r[i - 1]);
        }
        return product;
    }

    /**
     * Estimates one resample and writes its statistics in layout order.
     *
     * @param cov          the resample's population covariance matrix, p x p in block order;
     *                     overwritten with its correlation matrix
     * @param means        the resample's means (only read to validate the moments)
     * @param observations the resample's n
     * @param out          receives the statistics
     * @return true if the outer iteration converged
     * @throws dev.csimodel.CsiException if the resample cannot be estimated or a statistic is
     *                                   not finite, as the full estimate would
     */
    boolean estimate(double[] cov, double[] means, double observations, double[] out) {
        requireValid(cov, means, observations);
        toCorrelation(cov);
        Convergence c = estimation.weights(standardised ? cov : covariance, observations, weights);
        crossProducts(standardised ? cov : covariance);
        regressAll(observations);
        if (needsTotals) {
            totalEffects();
        }
        monotraits(cov);
        write(cov, out);
        this.means = means;
        this.observations = observations;
        layout.writeCustom(custom, this, out, builtIn);
        return c.converged();
    }

    /**
     * The checks of {@link Moments}: passes at once where every indicator's moments are plainly
     * valid, and otherwise lets {@link Moments} decide (and throw its exception).
     */
    private void requireValid(double[] cov, double[] means, double observations) {
        boolean plain = observations > 1;
        for (int j = 0; j < p && plain; j++) {
            double v = cov[j * p + j];
            plain = Double.isFinite(means[j]) && Double.isFinite(v) && v >= 0x1p-1000
                    && Math.sqrt(v) > Moments.CONSTANT_RELATIVE * Math.abs(means[j]);
        }
        if (!plain) {
            new Moments(names, observations, means, cov);
        }
    }

    /** {@code r_ij = s_ij / (sd_i sd_j)}, unit diagonal, as {@link Moments#correlationMatrix()}; in place. */
    private void toCorrelation(double[] cov) {
        if (!standardised) {
            System.arraycopy(cov, 0, covariance, 0, p * p);
        }
        for (int i = 0; i < p; i++) {
            sd[i] = Math.sqrt(cov[i * p + i]);
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                cov[i * p + j] = i == j ? 1.0 : cov[i * p + j] / (sd[i] * sd[j]);
            }
        }
    }

    /**
     * {@code SW} and {@code W'SW} with the final weights, summing only the non-zero terms of the
     * block-diagonal W in the order a dense product sums all of them (the zeros add nothing).
     */
    private void crossProducts(double[] s) {
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < nc; k++) {
                double sum = 0;
                for (int j = blocks.start(k), end = blocks.end(k); j < end; j++) {
                    sum += s[i * p + j] * weights[j];
                }
                sw[i * nc + k] = sum;
            }
        }
        for (int a = 0; a < nc; a++) {
            for (int b = 0; b < nc; b++) {
                double sum = 0;
                for (int i = blocks.start(a), end = blocks.end(a); i < end; i++) {
                    sum += weights[i] * sw[i * nc + b];
                }
                lv[a * nc + b] = sum;
            }
        }
    }

    /** OLS of each endogenous construct on its predecessors: β = R_PP⁻¹ r_Py, R² = r_Py'β. */
    private void regressAll(double observations) {
        paths.zero();
        for (int k = 0; k < nc; k++) {
            int[] pred = predecessors[k];
            if (pred.length == 0) {
                continue;
            }
            for (int a = 0; a < pred.length; a++) {
                rpy[k].data[a] = lv[pred[a] * nc + k];
                for (int b = 0; b < pred.length; b++) {
                    rpp[k].data[a * pred.length + b] = lv[pred[a] * nc + pred[b]];
                }
            }
            invert(k);
            CommonOps_DDRM.mult(inverse[k], rpy[k], beta[k]);
            rSquared[k] = CommonOps_DDRM.dot(rpy[k], beta[k]);
            if (!(observations - pred.length - 1 > 0)) {
                throw new CsiDataException("the regression of construct " + k + " has too few observations");
            }
            for (int a = 0; a < pred.length; a++) {
                paths.unsafe_set(k, pred[a], beta[k].data[a]);
            }
        }
    }

    /**
     * {@code R_PP⁻¹} by Cholesky; predictors whose condition ratio may be below
     * {@link Collinearity#EXACT} are rejected as the full regression rejects them. The eigenvalue
     * check is skipped where a bound proves it would pass: for a positive-definite R with
     * correlation matrix C, {@code λ_max(C) ≤ tr C = m} and {@code λ_min(C) ≥ 1 / tr C⁻¹} with
     * {@code tr C⁻¹ = Σ R_ii (R⁻¹)_ii}.
     */
    private void invert(int k) {
        DMatrixRMaj a = rpp[k];
        DMatrixRMaj inv = inverse[k];
        scratch[k].setTo(a);
        boolean inverted = CommonOps_DDRM.invertSPD(scratch[k], inv);
        if (inverted && ratioBound(a, inv) >= BOUND_MARGIN * Collinearity.EXACT) {
            return;
        }
        if (!inverted || Collinearity.conditionRatio(a) < Collinearity.EXACT) {
            throw new CsiEstimationException("the predictors of construct " + k + " are perfectly collinear");
        }
    }

    /** A lower bound of the condition ratio of the correlation matrix of {@code a}, or 0. */
    private static double ratioBound(DMatrixRMaj a, DMatrixRMaj inv) {
        int m = a.numRows;
        double trace = 0;
        for (int i = 0; i < m; i++) {
            double t = a.unsafe_get(i, i) * inv.unsafe_get(i, i);
            if (!(t > 0) || !Double.isFinite(t)) {
                return 0;
            }
            trace += t;
        }
        return 1 / (m * trace);
    }

    /** Total effects {@code (I − B)⁻¹ − I}, as {@code StructuralSolver.totalEffects}. */
    private void totalEffects() {
        CommonOps_DDRM.setIdentity(iMinusB);
        CommonOps_DDRM.subtractEquals(iMinusB, paths);
        if (!CommonOps_DDRM.invert(iMinusB, totals)) {
            throw new CsiEstimationException("the structural model is not recursive");
        }
    }

    /** Mean absolute within-block correlation of each block; 1 for a single indicator. */
    private void monotraits(double[] r) {
        for (int k = 0; k < nc; k++) {
            if (blocks.blockSize(k) == 1) {
                monotrait[k] = 1.0;
                continue;
            }
            double sum = 0;
            int count = 0;
            for (int i = blocks.start(k); i < blocks.end(k); i++) {
                for (int j = i + 1; j < blocks.end(k); j++) {
                    sum += Math.abs(r[i * p + j]);
                    count++;
                }
            }
            monotrait[k] = sum / count;
        }
    }

    /** HTMT of blocks a and b on absolute correlations; NaN where a monotrait mean is not positive. */
    private double htmt(double[] r, int ka, int kb) {
        double hetero = 0;
        for (int i = blocks.start(ka); i < blocks.end(ka); i++) {
            for (int j = blocks.start(kb); j < blocks.end(kb); j++) {
                hetero += Math.abs(r[i * p + j]);
            }
        }
        hetero /= blocks.blockSize(ka) * blocks.blockSize(kb);
        double mono = monotrait[ka] * monotrait[kb];
        return mono > 0 ? hetero / Math.sqrt(mono) : Double.NaN;
    }

    private void write(double[] r, double[] out) {
        for (int j = 0; j < builtIn; j++) {
            int a = first[j];
            out[j] = switch (kind[j]) {
                case OUTER_WEIGHT -> weights[a];
                case LOADING -> loading(a);
                case PATH -> paths.unsafe_get(second[j], a);
                // (I − B)⁻¹ − I off the diagonal, where the pairs are, is (I − B)⁻¹ itself
                case TOTAL_EFFECT -> totals.unsafe_get(second[j], a);
                case R_SQUARED -> rSquared[a];
                case HTMT -> htmt(r, a, second[j]);
                case SPECIFIC_INDIRECT -> routeProduct(route[j]);
                default -> throw new IllegalStateException("no lean computation of kind " + kind[j]);
            };
        }
    }

    @Override
    public PathModel model() {
        return model;
    }

    @Override
    public PlsSettings settings() {
        return settings;
    }

    @Override
    public double observations() {
        return observations;
    }

    @Override
    public double outerWeight(int i) {
        return weights[i];
    }

    @Override
    public double mean(int i) {
        return means[i];
    }

    @Override
    public double sd(int i) {
        return sd[i];
    }

    /** Correlation of indicator i with its construct: {@code (SW)_ik} over the indicator's unit. */
    private double loading(int i) {
        double scale = standardised ? 1.0 : sd[i];
        return sw[i * nc + blocks.blockOf(i)] / scale;
    }
}
