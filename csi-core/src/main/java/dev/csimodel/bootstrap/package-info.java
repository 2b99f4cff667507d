/**
 * Nonparametric bootstrap of PLS path-model estimates (Efron and Tibshirani 1993; Tenenhaus et
 * al. 2005, section 4.4): standard errors, t-values, p-values and percentile, basic and BCa
 * confidence intervals of outer weights, loadings, path coefficients, total effects, R², HTMT and
 * user-defined statistics. Entry point: {@code new Bootstrap(estimator, settings).run(model, data)}.
 */
package dev.csimodel.bootstrap;
