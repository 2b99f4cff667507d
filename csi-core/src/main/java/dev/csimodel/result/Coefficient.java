package dev.csimodel.result;

/**
 * One coefficient of an OLS regression of construct scores, with its classical inference
 * (standard error from σ²(X'X)⁻¹, Student t with n − k − 1 degrees of freedom, two-sided p).
 *
 * @param name      the predictor ("(Intercept)" for the intercept)
 * @param estimate  the coefficient
 * @param stdError  its standard error
 * @param tValue    estimate / stdError
 * @param pValue    two-sided p-value
 */
public record Coefficient(String name, double estimate, double stdError, double tValue, double pValue) {
}
