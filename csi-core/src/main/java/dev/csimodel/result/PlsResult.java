package dev.csimodel.result;

import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.data.missing.MissingDataReport;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The immutable result of a PLS path-model estimation, keyed by construct and indicator names.
 *
 * <p>Everything follows from the model, the indicator moments and the outer weights: loadings
 * and cross-loadings are indicator-construct correlations, construct correlations are
 * {@code W'SW}, path coefficients are OLS on those correlations (Tenenhaus et al. 2005,
 * section 3). Measurement quality criteria are in {@link #quality()}, model fit in
 * {@link #fit()}; construct scores, which need the rows, in {@link #scores()}. Thread-safe.
 *
 * <p>With {@link PlsSettings#consistent()} (consistent PLS, Dijkstra and Henseler 2015) the
 * correlations, loadings and cross-loadings of the constructs declared common factors are
 * corrected with ρA before the structural regressions (see {@code ConsistentCorrection}); paths,
 * R², effects and every criterion built on loadings or construct correlations then refer to the
 * factors. Outer weights and construct scores stay those of the composites. Inadmissible
 * corrected values are listed by {@link #consistencyDiagnostics()}.
 */
public final class PlsResult {

    private final PathModel model;
    private final BlockStructure blocks;
    private final PlsSettings settings;
    private final Moments moments;
    private final Convergence convergence;
    private final double[] weights;
    private final DMatrixRMaj cross;
    private final DMatrixRMaj lvCorrelation;
    private final RegressionSummary[] regressions;
    private final DMatrixRMaj paths;
    private final DMatrixRMaj total;
    private final DataTable data;
    private final List<Diagnostic> diagnostics;
    private final boolean[] factor;
    private volatile QualityCriteria quality;
    private volatile ModelFit fit;
    private volatile ConstructScores scores;
    private final MissingDataReport missingData;
    private volatile List<Diagnostic> allDiagnostics;

    /**
     * Assembles a result; called by estimators.
     *
     * @param model       the estimated model
     * @param settings    the settings used
     * @param moments     moments of the model's indicators, in block order
     * @param weights     final outer weights in block order, each block normalised to unit
     *                    composite variance
     * @param convergence how the iteration ended
     * @param data        the rows, for construct scores; {@code null} when estimated from moments
     */
    public PlsResult(PathModel model, PlsSettings settings, Moments moments, double[] weights,
                     Convergence convergence, DataTable data) {
        this(model, settings, moments, weights, convergence, data, null);
    }

    /**
     * Assembles a result that records how missing values were handled; called by estimators.
     *
     * @param missingData the missing-data report, or {@code null} if the estimate was not made
     *                    through a missing-data strategy
     * @see #PlsResult(PathModel, PlsSettings, Moments, double[], Convergence, DataTable)
     * @param model the estimated model
     * @param settings the settings used
     * @param moments moments of the model's indicators, in block order
     * @param weights final outer weights in block order, each block normalised to unit
     * composite variance
     * @param convergence how the iteration ended
     * @param data the rows, for construct scores; {@code null} when estimated from moments
     */
    public PlsResult(PathModel model, PlsSettings settings, Moments moments, double[] weights,
                     Convergence convergence, DataTable data, MissingDataReport missingData) {
        this.missingData = missingData;
        this.model = model;
        this.blocks = model.blocks();
        this.settings = settings;
        this.moments = moments;
        this.convergence = convergence;
        this.weights = weights.clone();
        this.data = data;
        DMatrixRMaj s = workingMatrix();
        FitMatrices fm = FitMatrices.of(blocks, s, this.weights, indicatorScales());
        DMatrixRMaj lv = fm.lvCorrelation();
        DMatrixRMaj cr = fm.cross();
        List<Diagnostic> found = new ArrayList<>();
        boolean[] corrected = new boolean[blocks.constructCount()];
        if (settings.consistent()) {
            ConsistentCorrection.Corrected c = ConsistentCorrection.apply(model, blocks, s, this.weights,
                    indicatorScales(), lv, cr);
            lv = c.lvCorrelation();
            cr = c.cross();
            corrected = c.factor();
            found.addAll(c.diagnostics());
        }
        this.lvCorrelation = lv;
        this.cross = cr;
        this.factor = corrected;
        this.regressions = new RegressionSummary[blocks.constructCount()];
        this.paths = new DMatrixRMaj(blocks.constructCount(), blocks.constructCount());
        regressAll();
        if (settings.consistent()) {
            found.addAll(ConsistentCorrection.structural(model, regressions));
        }
        this.diagnostics = List.copyOf(found);
        this.total = StructuralSolver.totalEffects(paths);
    }

    DMatrixRMaj correlationMatrix() {
        return DMatrixRMaj.wrap(moments.size(), moments.size(), moments.correlationMatrix());
    }

    /** The indicators' units in the working matrix: 1 when standardised, their SDs when centred. */
    private double[] indicatorScales() {
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = settings.scaling() == Scaling.STANDARDISED ? 1.0 : moments.sd(i);
        }
        return out;
    }

    double[] weightsCopy() {
        return weights.clone();
    }

    /** The moment matrix the weights refer to: correlations, or covariances when centred. */
    DMatrixRMaj workingMatrix() {
        double[] m = settings.scaling() == Scaling.STANDARDISED
                ? moments.correlationMatrix() : moments.covarianceMatrix();
        return DMatrixRMaj.wrap(moments.size(), moments.size(), m);
    }

    private void regressAll() {
        List<String> names = model.constructNames();
        for (int k = 0; k < names.size(); k++) {
            int[] pred = blocks.predecessors(k);
            if (pred.length == 0) {
                continue;
            }
            regressions[k] = StructuralSolver.regress(lvCorrelation, k, pred, names, moments.observations(),
                    settings.consistent());
            for (int a = 0; a < pred.length; a++) {
                paths.set(k, pred[a], regressions[k].predictors().get(a).estimate());
            }
        }
    }

    /** @return the estimated model */
    public PathModel model() {
        return model;
    }

    /** @return the settings used */
    public PlsSettings settings() {
        return settings;
    }

    /** @return the number of observations (sum of weights for weighted data) */
    public double observations() {
        return moments.observations();
    }

    /** @return the indicator moments the estimate was computed from */
    public Moments moments() {
        return moments;
    }

    /** @return how the outer iteration ended */
    public Convergence convergence() {
        return convergence;
    }

    /** @return true if the outer iteration converged */
    public boolean converged() {
        return convergence.converged();
    }

    /** @return the number of outer iterations */
    public int iterations() {
        return convergence.iterations();
    }

    /**
     * @return the outer weight of {@code indicator}, scaled so that its construct's composite has
     *         unit variance (in standardised units, or the indicator's units when centred)
     * @param indicator the indicator's column name
     */
    public double outerWeight(String indicator) {
        return weights[indicator(indicator)];
    }

    /**
     * @return the loading: correlation of {@code indicator} with its own construct; for a
     *         common factor under consistent PLS, the consistent loading ŵ·sqrt(ρA)/(ŵ'ŵ)
     * @param indicator the indicator's column name
     */
    public double loading(String indicator) {
        int i = indicator(indicator);
        return cross.get(i, blocks.blockOf(i));
    }

    /**
     * @return the correlation of {@code indicator} with the scores of {@code construct}; with
     *         the factor, corrected by 1/sqrt(ρA), for a common factor under consistent PLS
     * @param indicator the indicator's column name
     * @param construct the name of the construct whose scores it is correlated with
     */
    public double crossLoading(String indicator, String construct) {
        return cross.get(indicator(indicator), model.indexOf(construct));
    }

    /**
     * @return the indicator's communality, its squared loading
     * @param indicator the indicator's column name
     */
    public double communality(String indicator) {
        double l = loading(indicator);
        return l * l;
    }

    /**
     * @return the indicator's redundancy, communality × R² of its construct; empty when the
     *         construct is exogenous (it has no R², so redundancy does not apply)
     * @param indicator the indicator's column name
     */
    public OptionalDouble redundancy(String indicator) {
        int k = blocks.blockOf(indicator(indicator));
        return regressions[k] == null ? OptionalDouble.empty()
                : OptionalDouble.of(communality(indicator) * regressions[k].rSquared());
    }

    /**
     * @return the correlation of the scores of constructs {@code a} and {@code b}; under
     *         consistent PLS divided by sqrt(ρA) of each common factor among them
     * @param a the name of one construct
     * @param b the name of the other construct
     */
    public double constructCorrelation(String a, String b) {
        return lvCorrelation.get(model.indexOf(a), model.indexOf(b));
    }

    /**
     * @return the path coefficient of {@code from -> to}
     * @throws CsiSpecificationException if the model has no such path
     * @param from the name of the path's source construct
     * @param to the name of the path's target construct
     */
    public double pathCoefficient(String from, String to) {
        return path(from, to).estimate();
    }

    /**
     * @return the path coefficient of {@code from -> to} with its OLS inference. For consistent PLS
     *         the standard error, t and p are empty: the OLS formula applied to the corrected
     *         correlations is not a valid inference (use the bootstrap).
     * @param from the name of the path's source construct
     * @param to the name of the path's target construct
     */
    public Coefficient path(String from, String to) {
        if (!model.hasPath(from, to)) {
            model.indexOf(from);
            model.indexOf(to);
            throw new CsiSpecificationException("the model has no path " + from + " -> " + to);
        }
        return regressions[model.indexOf(to)].predictor(from);
    }

    /**
     * @return the regression of endogenous construct {@code construct} on its predecessors
     * @param construct the construct's name
     */
    public Optional<RegressionSummary> regression(String construct) {
        return Optional.ofNullable(regressions[model.indexOf(construct)]);
    }

    /**
     * @return R² of the regression of {@code construct} on its predecessors; empty for an
     *         exogenous construct, which has no regression (R² does not apply; it is not 0)
     * @param construct the construct's name
     */
    public OptionalDouble rSquared(String construct) {
        RegressionSummary r = regressions[model.indexOf(construct)];
        return r == null ? OptionalDouble.empty() : OptionalDouble.of(r.rSquared());
    }

    /**
     * @return adjusted R², {@code 1 − (1 − R²)(n − 1)/(n − k − 1)}, of {@code construct}; empty
     *         for an exogenous construct
     * @param construct the construct's name
     */
    public OptionalDouble adjustedRSquared(String construct) {
        RegressionSummary r = regressions[model.indexOf(construct)];
        return r == null ? OptionalDouble.empty() : OptionalDouble.of(r.adjustedRSquared());
    }

    /**
     * @return direct, indirect and total effect of {@code from} on {@code to}
     * @param from the name of the construct whose effect is measured
     * @param to the name of the affected construct
     */
    public Effect effect(String from, String to) {
        int a = model.indexOf(from);
        int b = model.indexOf(to);
        double direct = paths.get(b, a);
        double tot = total.get(b, a);
        return new Effect(from, to, direct, tot - direct, tot);
    }

    /** @return the effects of every ordered pair linked by at least one route, model order */
    public List<Effect> effects() {
        List<Effect> out = new ArrayList<>();
        List<String> names = model.constructNames();
        for (int[] pair : StructuralSolver.linkedPairs(blocks)) {
            out.add(effect(names.get(pair[0]), names.get(pair[1])));
        }
        return List.copyOf(out);
    }

    /**
     * @return every specific indirect effect (each directed route with at least one mediator
     *         and the product of its path coefficients; see {@link SpecificIndirectEffect}),
     *         pairs in construct declaration order (cause first), within a pair by number of
     *         mediators and then by the mediators' declaration order
     * @throws CsiSpecificationException if the model has more than 10,000 mediated routes
     *                                   ({@link #mediatedRouteCount()})
     */
    public List<SpecificIndirectEffect> specificIndirectEffects() {
        return SpecificEffects.all(this);
    }

    /**
     * @return the specific indirect effect of {@code from} on {@code to} through {@code through},
     *         e.g. {@code specificIndirect("IMAG", List.of("EXPE", "QUAL"), "SAT")}
     * @throws CsiSpecificationException if a construct is unknown, {@code through} is empty or
     *                                   the route misses a path of the model
     * @param from the name of the antecedent construct
     * @param through the mediators' names, in path order, at least one
     * @param to the name of the outcome construct
     */
    public SpecificIndirectEffect specificIndirect(String from, List<String> through, String to) {
        return SpecificEffects.one(this, from, through, to);
    }

    /** @return the number of directed routes with at least one mediator */
    public long mediatedRouteCount() {
        return IndirectRoutes.count(model);
    }

    /**
     * @return how missing values were handled, if the estimate was made through a missing-data
     *         strategy ({@code PlsEstimator.estimate(model, data, strategy)})
     */
    public Optional<MissingDataReport> missingData() {
        return Optional.ofNullable(missingData);
    }

    /**
     * Every diagnostic of the estimate (computed on first use): those of consistent PLS
     * ({@link #consistencyDiagnostics()}) followed by the admissibility checks of any estimate —
     * non-convergence, loadings or construct correlations beyond ±1 and a construct correlation
     * matrix that is not positive definite (for plain PLS; consistent PLS checks its corrected
     * values itself), negative outer weights, fewer than ten observations per regression
     * parameter. {@link Diagnostics#requireAdmissible} makes the inadmissible ones errors.
     *
     * @return the diagnostics, each naming its constructs and/or indicators
     */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> d = allDiagnostics;
        if (d == null) {
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            all.addAll(new AdmissibilityCheck(this, blocks).run());
            d = List.copyOf(all);
            allDiagnostics = d;
        }
        return d;
    }

    /**
     * Inadmissible or suspicious values found by consistent PLS (Dijkstra and Henseler 2015):
     * ρA outside (0, 1], corrected correlations or loadings beyond ±1, an indefinite corrected
     * construct correlation matrix, R² outside [0, 1], and (as a warning) paths beyond ±1.
     * Empty for plain PLS. {@link #diagnostics()} adds the admissibility checks of any estimate.
     *
     * @return the findings in the order they were made (reliabilities, correlations, loadings, regressions)
     */
    public List<Diagnostic> consistencyDiagnostics() {
        return diagnostics;
    }

    /**
     * Model fit (SRMR, d_ULS, d_G) of the saturated and the estimated model, computed on first use.
     *
     * @see ModelFit
     * @return the model fit: SRMR, d_ULS and d_G of the saturated and the estimated model
     */
    public ModelFit fit() {
        ModelFit f = fit;
        if (f == null) {
            synchronized (this) {
                if (fit == null) {
                    fit = new ModelFit(this, blocks, factor, cross, lvCorrelation, paths);
                }
                f = fit;
            }
        }
        return f;
    }

    /** @return the measurement-quality and model-assessment criteria (computed on first use) */
    public QualityCriteria quality() {
        QualityCriteria q = quality;
        if (q == null) {
            synchronized (this) {
                if (quality == null) {
                    quality = new QualityCriteria(this, blocks, cross, lvCorrelation, regressions);
                }
                q = quality;
            }
        }
        return q;
    }

    /**
     * Standardised construct scores {@code Y = X̃W} (mean 0, population variance 1), computed
     * from the final weights on first use.
     *
     * @throws CsiException if the result was estimated from moments without the rows
     * @return the standardised construct scores, one column per construct in model order
     */
    public ConstructScores scores() {
        ConstructScores s = scores;
        if (s == null) {
            synchronized (this) {
                if (scores == null) {
                    scores = ScoreComputation.standardised(requireData(), moments, blocks, weights, settings.scaling());
                }
                s = scores;
            }
        }
        return s;
    }

    /**
     * Construct scores on the indicators' own scale: {@code Σ ũ_i x_i} with
     * {@code u_i = w_i / s_i} (s_i the indicator's SD when standardised, 1 when centred) and
     * {@code ũ = u / Σu} within each block; plspm's {@code rescale()} for centred fits.
     *
     * @throws CsiException if the result was estimated from moments without the rows
     * @return the construct scores in the indicators' metric (weights rescaled to sum to one)
     */
    public ConstructScores rescaledScores() {
        return ScoreComputation.rescaled(requireData(), moments, blocks, weights, settings.scaling());
    }

    private DataTable requireData() {
        if (data == null) {
            throw new CsiException("construct scores need the rows; this result was estimated from moments only");
        }
        return data;
    }

    int indicator(String name) {
        int i = blocks.indicatorIndex(name);
        if (i < 0) {
            throw new CsiSpecificationException("unknown indicator '" + name + "'; the model has " + model.indicators());
        }
        return i;
    }
}
