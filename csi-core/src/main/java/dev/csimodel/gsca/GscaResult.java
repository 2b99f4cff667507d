package dev.csimodel.gsca;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.Convergence;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of a GSCA estimation: weights scaled to unit-variance composites, loadings
 * (indicator-composite correlations), path coefficients (OLS on the composites, which GSCA's
 * own path estimates equal at convergence), R², the criterion value and FIT, and how the
 * iteration ended. Immutable; accessors take construct and indicator names.
 */
public final class GscaResult {

    private final GscaProblem problem;
    private final GscaSettings settings;
    private final double[] weights;
    private final Convergence convergence;
    private final CompositeMoments moments;

    GscaResult(GscaProblem problem, GscaSettings settings, double[] weights, Convergence convergence) {
        this.problem = problem;
        this.settings = settings;
        this.weights = weights.clone();
        this.convergence = convergence;
        this.moments = CompositeMoments.of(problem, this.weights);
    }

    /** @return the model estimated */
    public PathModel model() {
        return problem.model;
    }

    /** @return the settings used */
    public GscaSettings settings() {
        return settings;
    }

    /** @return the number of observations behind the correlations */
    public double observations() {
        return problem.observations;
    }

    /** @return true if the sweeps met the tolerance */
    public boolean converged() {
        return convergence.converged();
    }

    /** @return the number of ALS sweeps made */
    public int iterations() {
        return convergence.iterations();
    }

    /** @return how the iteration ended (the change is the largest weight change of the last sweep) */
    public Convergence convergence() {
        return convergence;
    }

    /**
     * @return how construct {@code name}'s weights were obtained: {@link OuterMode#UNIT} for fixed
     *         unit weights, empty when GSCA estimated them
     * @param construct the construct's name
     */
    public Optional<OuterMode> fixedWeights(String construct) {
        int k = problem.model.indexOf(construct);
        return problem.fixed[k] ? Optional.of(OuterMode.UNIT) : Optional.empty();
    }

    /**
     * @return the weight of {@code indicator} in its construct's unit-variance composite
     * @param indicator the indicator's column name
     */
    public double weight(String indicator) {
        return weights[indicatorIndex(indicator)];
    }

    /**
     * @return the correlation of {@code indicator} with its own construct's composite
     * @param indicator the indicator's column name
     */
    public double loading(String indicator) {
        int i = indicatorIndex(indicator);
        return moments.sw[i][problem.blocks.blockOf(i)];
    }

    /**
     * @return the correlation of the composites of {@code a} and {@code b}
     * @param a the name of one construct
     * @param b the name of the other construct
     */
    public double constructCorrelation(String a, String b) {
        return moments.c[problem.model.indexOf(a)][problem.model.indexOf(b)];
    }

    /**
     * @return the path coefficient {@code from -> to}
     * @throws CsiSpecificationException if the model has no such path
     * @param from the name of the path's source construct
     * @param to the name of the path's target construct
     */
    public double pathCoefficient(String from, String to) {
        if (!problem.model.hasPath(from, to)) {
            throw new CsiSpecificationException("the model has no path " + from + " -> " + to);
        }
        return moments.paths[problem.model.indexOf(from)][problem.model.indexOf(to)];
    }

    /**
     * @return R² of {@code construct}'s structural regression; empty for an exogenous construct
     * @param construct the construct's name
     */
    public OptionalDouble rSquared(String construct) {
        double r2 = moments.rSquared[problem.model.indexOf(construct)];
        return Double.isNaN(r2) ? OptionalDouble.empty() : OptionalDouble.of(r2);
    }

    /**
     * @return {@code 1 − (1 − R²)(n − 1)/(n − k − 1)} with k predictors; empty for an exogenous construct
     * @param construct the construct's name
     */
    public OptionalDouble adjustedRSquared(String construct) {
        OptionalDouble r2 = rSquared(construct);
        if (r2.isEmpty()) {
            return r2;
        }
        double n = problem.observations;
        int k = problem.model.predecessors(construct).size();
        return OptionalDouble.of(1 - (1 - r2.getAsDouble()) * (n - 1) / (n - k - 1));
    }

    /**
     * @return the minimised criterion per observation,
     *         {@code Σ_(indicators of common factors) (1 − λ²) + Σ_(endogenous) (1 − R²)}
     */
    public double criterion() {
        BlockStructure b = problem.blocks;
        double f = 0;
        for (int k = 0; k < problem.constructs(); k++) {
            if (problem.factor[k]) {
                for (int i = b.start(k); i < b.end(k); i++) {
                    f += 1 - moments.sw[i][k] * moments.sw[i][k];
                }
            }
            if (!Double.isNaN(moments.rSquared[k])) {
                f += 1 - moments.rSquared[k];
            }
        }
        return f;
    }

    /**
     * @return FIT, the share of the variance of all indicators and composites that the model
     *         accounts for, {@code 1 − SS(Ψ − ΓA)/SS(Ψ)} (Hwang and Takane 2004). Every
     *         column of Ψ has unit variance, so {@code SS(Ψ) = p + J}; the residual adds to
     *         {@link #criterion()} one per composite indicator (zero loadings) and one per
     *         exogenous construct (nothing predicts it).
     */
    public double fit() {
        BlockStructure b = problem.blocks;
        double residual = criterion();
        for (int k = 0; k < problem.constructs(); k++) {
            residual += problem.factor[k] ? 0 : b.blockSize(k);
            residual += Double.isNaN(moments.rSquared[k]) ? 1 : 0;
        }
        return 1 - residual / (b.indicatorCount() + b.constructCount());
    }

    /** @return the constructs in model order */
    public List<String> constructNames() {
        return problem.model.constructNames();
    }

    private int indicatorIndex(String indicator) {
        int i = problem.model.indicators().indexOf(indicator);
        if (i < 0) {
            throw new CsiSpecificationException("unknown indicator '" + indicator + "'; the model has "
                    + problem.model.indicators());
        }
        return i;
    }
}
