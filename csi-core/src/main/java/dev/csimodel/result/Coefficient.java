package dev.csimodel.result;

import java.util.OptionalDouble;

/**
 * One coefficient of an OLS regression of construct scores, with its classical inference
 * (standard error from σ²(X'X)⁻¹, Student t with n − k − 1 degrees of freedom, two-sided p).
 *
 * <p>The inference is absent (empty) for consistent PLS: its corrected paths are not OLS
 * estimates of the scores, so the OLS formula gives no valid standard error (Dijkstra and
 * Henseler 2015 use the bootstrap); use the bootstrap instead.
 *
 * @param name      the predictor ("(Intercept)" for the intercept)
 * @param estimate  the coefficient
 * @param stdError  its standard error; empty when OLS inference does not apply
 * @param tValue    estimate / stdError; empty when OLS inference does not apply
 * @param pValue    two-sided p-value; empty when OLS inference does not apply
 */
public record Coefficient(String name, double estimate, OptionalDouble stdError, OptionalDouble tValue,
                          OptionalDouble pValue) {

    /**
     * Checks that the optional inference components are present (empty, not null, when OLS inference does not apply).
     * @param name the predictor ("(Intercept)" for the intercept)
     * @param estimate the coefficient
     * @param stdError its standard error; empty when OLS inference does not apply
     * @param tValue estimate / stdError; empty when OLS inference does not apply
     * @param pValue two-sided p-value; empty when OLS inference does not apply
     */
    public Coefficient {
        java.util.Objects.requireNonNull(stdError, "stdError");
        java.util.Objects.requireNonNull(tValue, "tValue");
        java.util.Objects.requireNonNull(pValue, "pValue");
    }

    /**
     * A coefficient with its OLS inference.
     * @param name the predictor ("(Intercept)" for the intercept)
     * @param estimate the coefficient
     * @param stdError its standard error; empty when OLS inference does not apply
     * @param tValue estimate / stdError; empty when OLS inference does not apply
     * @param pValue two-sided p-value; empty when OLS inference does not apply
     */
    public Coefficient(String name, double estimate, double stdError, double tValue, double pValue) {
        this(name, estimate, OptionalDouble.of(stdError), OptionalDouble.of(tValue), OptionalDouble.of(pValue));
    }

    /**
     * @return a coefficient without inference (consistent PLS)
     * @param name the predictor ("(Intercept)" for the intercept)
     * @param estimate the coefficient
     */
    public static Coefficient withoutInference(String name, double estimate) {
        return new Coefficient(name, estimate, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** @return whether the OLS standard error, t and p apply to this coefficient */
    public boolean hasInference() {
        return stdError.isPresent();
    }
}
