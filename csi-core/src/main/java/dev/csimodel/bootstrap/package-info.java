/**
 * Nonparametric bootstrap of PLS path-model estimates (Efron and Tibshirani 1993; Tenenhaus et
 * al. 2005, section 4.4): standard errors, t-values, p-values and percentile, basic and BCa
 * confidence intervals of outer weights, loadings, path coefficients, total effects, R², HTMT and
 * user-defined statistics. Entry point: {@code new Bootstrap(estimator, settings).run(model, data)}.
 *
 * <p>A resample is estimated from its covariance matrix straight to the statistics asked for
 * (built-in ones and {@link dev.csimodel.bootstrap.MomentStatistic}s), with work arrays reused
 * per thread and no full result built; consistent PLS and other custom statistics take the full
 * {@link dev.csimodel.result.PlsResult} of each resample. Both paths give the same values bit for
 * bit.
 *
 * <p>The Bollen-Stine bootstrap test of overall model fit (Bollen and Stine 1992): HI95 and HI99
 * quantiles and p-values of SRMR, d_ULS and d_G for the saturated and the estimated model, from
 * resamples of the data transformed to fit each model exactly. Entry point:
 * {@code new FitBootstrap(estimator, settings).run(model, data)}.
 *
 * <p>Studentized (bootstrap-t) intervals are not offered: they need a standard error for every
 * statistic within each resample, i.e. a nested bootstrap, which multiplies the cost by the
 * inner resample count; BCa attains the same second-order accuracy at the cost of n
 * leave-one-out estimates (Efron and Tibshirani 1993, section 14.3).
 */
package dev.csimodel.bootstrap;
