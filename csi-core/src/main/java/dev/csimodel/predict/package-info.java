/**
 * Predictive assessment of a PLS path model: PLSpredict ({@link dev.csimodel.predict.PlsPredict},
 * Shmueli et al. 2016, 2019), k-fold cross-validated indicator predictions with the
 * linear-model benchmark, and blindfolding ({@link dev.csimodel.predict.Blindfolding}), the
 * Stone-Geisser Q² of the endogenous constructs.
 */
package dev.csimodel.predict;
