package dev.csimodel.result;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import dev.csimodel.estimate.Collinearity;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.OuterMode;
import org.ejml.data.DMatrixRMaj;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Measurement quality and model assessment criteria of a {@link PlsResult}. All are computed from
 * the indicator correlation matrix R, the standardised outer weights ŵ and the PLS loadings λ.
 * Where two tools define a criterion differently, the accessor name says which one it is.
 * Under consistent PLS the loadings and construct correlations are the corrected ones, so that
 * AVE, composite reliability, GoF, Fornell-Larcker, predictor VIF and f² refer to the factors
 * (as seminr reports them for PLSc); alpha, ρA, HTMT and the indicator VIF do not change.
 */
public final class QualityCriteria {

    private final PlsResult result;
    private final PathModel model;
    private final BlockStructure blocks;
    private final DMatrixRMaj corr;
    private final DMatrixRMaj cross;
    private final DMatrixRMaj lv;
    private final RegressionSummary[] regressions;
    private final BlockAlgebra.Eigen[] eigen;
    private final DMatrixRMaj working;
    private final Htmt htmt;

    QualityCriteria(PlsResult result, BlockStructure blocks, DMatrixRMaj cross, DMatrixRMaj lv,
                    RegressionSummary[] regressions) {
        this.result = result;
        this.model = result.model();
        this.blocks = blocks;
        int p = blocks.indicatorCount();
        this.corr = DMatrixRMaj.wrap(p, p, result.moments().correlationMatrix());
        this.working = result.workingMatrix();
        this.cross = cross;
        this.lv = lv;
        this.regressions = regressions;
        this.eigen = new BlockAlgebra.Eigen[blocks.constructCount()];
        this.htmt = new Htmt(blocks, corr);
    }

    /**
     * The block's eigen-decomposition, on first use only: HTMT and most criteria do not need it,
     * and the bootstrap asks for HTMT in every resample. Synchronised because results are shared.
     */
    private synchronized BlockAlgebra.Eigen eigen(int k) {
        if (eigen[k] == null) {
            eigen[k] = BlockAlgebra.eigen(blockCorrelation(k), model.constructs().get(k).name());
        }
        return eigen[k];
    }

    private DMatrixRMaj blockCorrelation(int k) {
        int[] idx = BlockAlgebra.range(blocks.start(k), blocks.end(k));
        return BlockAlgebra.sub(corr, idx, idx);
    }

    private double loading(int i) {
        return cross.get(i, blocks.blockOf(i));
    }


    /**
     * Average variance extracted, {@code AVE = Σλ²/m} with PLS loadings (Fornell and Larcker
     * 1981; seminr's {@code AVE}). Empty for a Mode B (formative) block: its indicators are not
     * meant to share a common variance (plspm reports 0 there by convention).
     * @param construct the construct's name
     * @return AVE in [0, 1]; empty for a Mode B block
     */
    public OptionalDouble ave(String construct) {
        return formative(construct) ? OptionalDouble.empty() : OptionalDouble.of(blockCommunality(construct));
    }

    /**
     * Block communality: the mean squared loading (plspm's {@code Block_Communality}), any mode.
     * @param construct the construct's name
     * @return the mean squared loading of the block, in [0, 1]
     */
    public double blockCommunality(String construct) {
        int k = model.indexOf(construct);
        double sum = 0;
        for (int i = blocks.start(k); i < blocks.end(k); i++) {
            sum += loading(i) * loading(i);
        }
        return sum / blocks.blockSize(k);
    }

    /** Reliability and convergent validity do not apply to a Mode B (formative) block. */
    private boolean formative(String construct) {
        return model.constructs().get(model.indexOf(construct)).mode() == OuterMode.B;
    }

    /** Internal consistency (alpha, ρC, ρA) applies to reflective blocks of two or more items. */
    private boolean noInternalConsistency(String construct) {
        return formative(construct) || blocks.blockSize(model.indexOf(construct)) == 1;
    }

    /**
     * Mean redundancy: block communality × R² (plspm's {@code Mean_Redundancy}); empty for an
     * exogenous construct, which has no R² (plspm reports 0 there).
     * @param construct the construct's name
     * @return the block communality times R²; empty for an exogenous construct
     */
    public OptionalDouble meanRedundancy(String construct) {
        OptionalDouble r2 = result.rSquared(construct);
        return r2.isPresent() ? OptionalDouble.of(blockCommunality(construct) * r2.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * Standardised Cronbach's alpha {@code α = m/(m−1)·(1 − m/ΣR)} from the block's correlation
     * matrix (Cronbach 1951), as plspm and seminr report it. Empty for a single indicator
     * (plspm and seminr print 1 there) and for a Mode B block.
     * @param construct the construct's name
     * @return α (at most 1, negative for badly inconsistent blocks); empty for a single indicator or Mode B
     */
    public OptionalDouble cronbachAlpha(String construct) {
        if (noInternalConsistency(construct)) {
            return OptionalDouble.empty();
        }
        int k = model.indexOf(construct);
        int m = blocks.blockSize(k);
        double sum = 0;
        for (int i = blocks.start(k); i < blocks.end(k); i++) {
            for (int j = blocks.start(k); j < blocks.end(k); j++) {
                sum += corr.get(i, j);
            }
        }
        return OptionalDouble.of(m / (m - 1.0) * (1 - ratio(m, sum, DEGENERATE, "Cronbach's alpha", construct)));
    }

    /**
     * Dillon-Goldstein rho as plspm defines it: {@code (Σc)²/((Σc)² + Σ(1 − c²))} with c the
     * loadings of the block's first principal component (Wertz, Linn and Jöreskog 1974). Empty
     * for a Mode B block.
     * @param construct the construct's name
     * @return Dillon-Goldstein's ρ in [0, 1]; empty for a Mode B block
     */
    public OptionalDouble dillonGoldsteinRho(String construct) {
        if (formative(construct)) {
            return OptionalDouble.empty();
        }
        int k = model.indexOf(construct);
        BlockAlgebra.Eigen e = eigen(k);
        double scale = Math.sqrt(e.valuesDescending()[0]);
        double sum = 0;
        double err = 0;
        for (double v : e.firstVector()) {
            double c = v * scale;
            sum += c;
            err += 1 - c * c;
        }
        return OptionalDouble.of(ratio(sum * sum, sum * sum + err, DEGENERATE, "Dillon-Goldstein rho", construct));
    }

    /**
     * Composite reliability {@code ρC = (Σλ)²/((Σλ)² + Σ(1 − λ²))} from the PLS loadings
     * (Jöreskog 1971; seminr's {@code rhoC}). Empty for a single indicator and a Mode B block.
     * @param construct the construct's name
     * @return ρC in [0, 1]; empty for a single indicator or a Mode B block
     */
    public OptionalDouble compositeReliability(String construct) {
        if (noInternalConsistency(construct)) {
            return OptionalDouble.empty();
        }
        int k = model.indexOf(construct);
        double sum = 0;
        double err = 0;
        for (int i = blocks.start(k); i < blocks.end(k); i++) {
            sum += loading(i);
            err += 1 - loading(i) * loading(i);
        }
        return OptionalDouble.of(ratio(sum * sum, sum * sum + err, DEGENERATE, "composite reliability", construct));
    }

    /**
     * Dijkstra-Henseler's {@code ρA = (ŵ'ŵ)² · ŵ'(S − diag S)ŵ / ŵ'(ŵŵ' − diag ŵŵ')ŵ}
     * (Dijkstra and Henseler 2015, eq. 19) in the metric of the fit: S the correlation matrix and
     * ŵ the standardised weights, or, for a centred fit, S the covariance matrix and ŵ the weights
     * in the indicators' units (ŵ ∝ λ holds in that metric). Empty for a single indicator (where
     * it is 1 by definition) and a Mode B block. Consistent PLS corrects with this value.
     * @param construct the construct's name
     * @return ρA; empty for a single indicator or a Mode B block
     */
    public OptionalDouble rhoA(String construct) {
        if (noInternalConsistency(construct)) {
            return OptionalDouble.empty();
        }
        int k = model.indexOf(construct);
        double rho = ConsistentCorrection.rhoA(working, result.weightsCopy(), blocks.start(k), blocks.end(k));
        if (!Double.isFinite(rho)) {
            throw new CsiEstimationException("rhoA of construct '" + construct + "' is undefined: the block is "
                    + "degenerate (ŵ'ŵ)² = Σŵ⁴, i.e. at most one indicator has a non-zero weight");
        }
        return OptionalDouble.of(rho);
    }

    /**
     * Denominator of alpha, Dillon-Goldstein rho and rhoC below which a block is degenerate: they
     * are sums of O(m²) terms of order one, so 1e-12 is rounding debris of an exact zero.
     */
    private static final double DEGENERATE = 1e-12;

    /**
     * A reliability ratio whose denominator vanishes only for degenerate blocks (indicators
     * perfectly correlated, with opposite signs): undefined, reported as an error, not as NaN.
     */
    private static double ratio(double num, double den, double minDen, String what, String construct) {
        double v = num / den;
        if (!(Math.abs(den) > minDen) || !Double.isFinite(v)) {
            throw new CsiEstimationException(what + " of construct '" + construct + "' is undefined: the block is "
                    + "degenerate (its indicators are perfectly correlated, some with opposite signs)");
        }
        return v;
    }

    /**
     * @return the eigenvalues of the block's correlation matrix, largest first
     * @param construct the construct's name
     */
    public List<Double> eigenvalues(String construct) {
        List<Double> out = new ArrayList<>();
        for (double v : eigen(model.indexOf(construct)).valuesDescending()) {
            out.add(v);
        }
        return List.copyOf(out);
    }

    /**
     * Goodness of fit {@code GoF = sqrt(mean communality × mean R²)} (Tenenhaus et al. 2004):
     * the communality mean over the indicators of blocks with more than one indicator, the R²
     * mean over endogenous constructs. Empty for a model without endogenous constructs.
     * @return GoF in [0, 1]; empty without endogenous constructs
     */
    public OptionalDouble gof() {
        double comm = 0;
        int count = 0;
        double r2 = 0;
        int endo = 0;
        for (int k = 0; k < blocks.constructCount(); k++) {
            if (blocks.blockSize(k) > 1) {
                for (int i = blocks.start(k); i < blocks.end(k); i++) {
                    comm += loading(i) * loading(i);
                    count++;
                }
            }
            if (regressions[k] != null) {
                r2 += regressions[k].rSquared();
                endo++;
            }
        }
        if (endo == 0 || count == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.sqrt(comm / count * (r2 / endo)));
    }

    /**
     * Heterotrait-monotrait ratio (Henseler, Ringle and Sarstedt 2015) from the absolute indicator
     * correlations, as seminr and SmartPLS compute it: {@code htmt(a, b, ABSOLUTE)}.
     * @param a the name of one construct
     * @param b the name of another construct
     * @return HTMT from absolute correlations; empty when undefined
     */
    public OptionalDouble htmt(String a, String b) {
        return htmt(a, b, HtmtCorrelations.ABSOLUTE);
    }

    /**
     * Heterotrait-monotrait ratio (Henseler, Ringle and Sarstedt 2015): the mean correlation of
     * the indicators of {@code a} with those of {@code b}, over the geometric mean of the average
     * within-block correlations; {@code kind} says whether absolute (seminr, SmartPLS) or signed
     * (cSEM 0.6.1) correlations are averaged. A single indicator's within-block mean is 1 (as in
     * seminr). Empty when a mean within-block correlation is not positive (the ratio is then
     * undefined).
     *
     * @throws CsiSpecificationException if {@code a} equals {@code b} or either is not a construct
     * @param a the name of one construct
     * @param b the name of another construct
     * @param kind whether absolute or signed indicator correlations are averaged
     * @return HTMT; empty when a mean within-block correlation is not positive
     */
    public OptionalDouble htmt(String a, String b, HtmtCorrelations kind) {
        if (kind == null) {
            throw new CsiSpecificationException("HTMT needs a correlation kind (parameter 'kind' is null)");
        }
        int[] k = pair(a, b, "HTMT");
        return formative(a) || formative(b) ? OptionalDouble.empty() : htmt.htmt(k[0], k[1], kind);
    }

    /**
     * HTMT2 (Roemer, Schuberth and Henseler 2021): HTMT with geometric instead of arithmetic means
     * of the heterotrait and monotrait correlations. Empty, as in cSEM, when a correlation it
     * needs is not positive.
     *
     * @throws CsiSpecificationException if {@code a} equals {@code b} or either is not a construct
     * @param a the name of one construct
     * @param b the name of another construct
     * @return HTMT2; empty when a correlation it needs is not positive
     */
    public OptionalDouble htmt2(String a, String b) {
        int[] k = pair(a, b, "HTMT2");
        return formative(a) || formative(b) ? OptionalDouble.empty() : htmt.htmt2(k[0], k[1]);
    }

    private int[] pair(String a, String b, String what) {
        int ka = model.indexOf(a);
        int kb = model.indexOf(b);
        if (ka == kb) {
            throw new CsiSpecificationException(what + " needs two different constructs, got '" + a + "' twice");
        }
        return new int[] {ka, kb};
    }

    /**
     * Fornell-Larcker criterion table entry: sqrt(AVE) on the diagonal ({@code a == b}), the
     * construct correlation elsewhere (Fornell and Larcker 1981). Empty when either block is
     * Mode B (formative): it has no AVE to compare with.
     * @param a the name of one construct
     * @param b the name of the same or another construct
     * @return sqrt(AVE) of {@code a} when {@code a == b}, else the construct correlation; empty for Mode B
     */
    public OptionalDouble fornellLarcker(String a, String b) {
        if (formative(a) || formative(b)) {
            return OptionalDouble.empty();
        }
        return a.equals(b) ? OptionalDouble.of(Math.sqrt(blockCommunality(a)))
                : OptionalDouble.of(result.constructCorrelation(a, b));
    }

    /**
     * Variance inflation factor of an indicator within its block: {@code (R_block⁻¹)_ii =
     * 1/(1 − R²_i)}; 1 for a single indicator. Undefined (empty) when the block's indicators are
     * exactly linearly dependent (condition ratio of the block's correlations below
     * {@link Collinearity#EXACT}): a Mode A block is still estimated, and
     * {@link PlsResult#diagnostics()} names the dependent indicators
     * ({@link DiagnosticKind#DEPENDENT_INDICATORS}).
     * @param indicator the indicator's column name
     * @return the VIF, at least 1; empty for exactly dependent indicators
     */
    public OptionalDouble indicatorVif(String indicator) {
        int i = result.indicator(indicator);
        int k = blocks.blockOf(i);
        if (blocks.blockSize(k) == 1) {
            return OptionalDouble.of(1.0);
        }
        DMatrixRMaj r = blockCorrelation(k);
        if (Collinearity.conditionRatio(r) < Collinearity.EXACT) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(BlockAlgebra.inverseDiagonal(r, "VIF of block '" + model.constructs().get(k).name() + "'")[i - blocks.start(k)]);
    }

    /**
     * Variance inflation factor of a predictor among the predecessors of {@code dependent}.
     * @param dependent the endogenous construct's name
     * @param predictor the name of one of its predecessors
     * @return {@code 1/(1 − R²)} of the predictor regressed on the other predecessors, at least 1
     */
    public double predictorVif(String dependent, String predictor) {
        int[] pred = predictorsOf(dependent, predictor);
        int pos = positionOf(pred, model.indexOf(predictor));
        if (pred.length == 1) {
            return 1.0;
        }
        return BlockAlgebra.inverseDiagonal(BlockAlgebra.sub(lv, pred, pred), "VIF of the predictors of '" + dependent + "'")[pos];
    }

    /**
     * Effect size {@code f² = (R²_included − R²_excluded)/(1 − R²_included)} of {@code from} on
     * {@code to} (Cohen 1988). As in seminr, the excluded model is the whole model re-estimated
     * without the path {@code from -> to} (same settings, same moments); when {@code from} is the
     * only predictor, R²_excluded is 0.
     * @param from the name of the predictor construct
     * @param to the name of the endogenous construct
     * @return f², at least 0
     */
    public double fSquare(String from, String to) {
        int[] pred = predictorsOf(to, from);
        double included = result.rSquared(to).orElseThrow();
        if (!(included < 1)) {
            throw new CsiEstimationException("f² of " + from + " -> " + to + " is undefined: R² of '" + to
                    + "' is 1 (a perfect fit)");
        }
        double excluded = pred.length == 1 ? 0.0 : reducedRSquared(from, to);
        return (included - excluded) / (1 - included);
    }

    private double reducedRSquared(String from, String to) {
        PathModelBuilder b = model.toBuilder().removePath(from, to);
        PathModel reduced = model.successors(from).size() == 1 && model.predecessors(from).isEmpty()
                ? b.removeConstruct(from).build() : b.build();
        PlsSettings settings = result.settings();
        boolean anyFactor = reduced.constructs().stream().anyMatch(c -> c.type() == ConstructType.COMMON_FACTOR);
        // dropping the only common factor leaves nothing for consistent PLS to correct
        return new PlsEstimator(anyFactor ? settings : settings.withConsistent(false))
                .estimate(reduced, result.moments()).rSquared(to).orElseThrow();
    }

    /**
     * Akaike information criterion of the regression of {@code construct}:
     * {@code n·ln(SSE/n) + 2(k + 1)} with {@code SSE = (n − 1)(1 − R²)} for scores of unit sample
     * variance (seminr's {@code it_criteria}).
     * @param construct the endogenous construct's name
     * @return the AIC (smaller is better)
     */
    public double aic(String construct) {
        return informationCriterion(construct, 2.0);
    }

    /**
     * Bayesian information criterion: {@code n·ln(SSE/n) + (k + 1)·ln n}, as {@link #aic}.
     * @param construct the endogenous construct's name
     * @return the BIC (smaller is better)
     */
    public double bic(String construct) {
        return informationCriterion(construct, Math.log(result.observations()));
    }

    private double informationCriterion(String construct, double penalty) {
        RegressionSummary r = regressions[model.indexOf(construct)];
        if (r == null) {
            throw new CsiSpecificationException("construct '" + construct + "' is exogenous: it has no regression");
        }
        double n = result.observations();
        double sse = (n - 1) * (1 - r.rSquared());
        if (!(sse > 0)) {
            throw new CsiEstimationException("the information criteria of construct '" + construct
                    + "' are undefined: its regression fits perfectly (R² = 1, no residual)");
        }
        return n * Math.log(sse / n) + penalty * (r.predictors().size() + 1);
    }

    private int[] predictorsOf(String dependent, String predictor) {
        if (!model.hasPath(predictor, dependent)) {
            throw new CsiSpecificationException("the model has no path " + predictor + " -> " + dependent);
        }
        return blocks.predecessors(model.indexOf(dependent));
    }

    private static int positionOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
