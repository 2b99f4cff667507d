/**
 * Generalized structured component analysis (GSCA; Hwang and Takane 2004, Psychometrika 69(1)),
 * an alternative to PLS path modelling that estimates the weights, loadings and paths by
 * minimising one global least-squares criterion: {@link dev.csimodel.gsca.GscaEstimator}
 * ({@code estimate(model, data) → GscaResult}), {@link dev.csimodel.gsca.GscaSettings}.
 */
package dev.csimodel.gsca;
