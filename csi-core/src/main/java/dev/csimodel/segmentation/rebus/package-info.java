/**
 * REBUS-PLS, response-based unit segmentation in PLS path modelling (Esposito Vinzi, Trinchera,
 * Squillacciotti and Tenenhaus 2008; Trinchera 2007), with the conventions of R plspm's
 * {@code res.clus}, {@code it.reb} and {@code get_GQI}: Ward clustering of the global model's
 * communality and structural residuals ({@link dev.csimodel.segmentation.rebus.RebusEstimator#cluster}),
 * reassignment of every unit to the local model it is closest to by the closeness measure CM
 * until fewer than {@code stopCriterion} of the units change class
 * ({@link dev.csimodel.segmentation.rebus.RebusEstimator#estimate}), and the group quality index
 * ({@link dev.csimodel.segmentation.rebus.GroupQualityIndex}).
 */
package dev.csimodel.segmentation.rebus;
