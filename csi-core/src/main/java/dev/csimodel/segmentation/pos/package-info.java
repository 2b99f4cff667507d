/**
 * PLS prediction-oriented segmentation, PLS-POS (Becker, Rai, Ringle and Völckner 2013): a hard
 * partition into K segments found by hill climbing on the sum of the segments' R², with
 * information criteria to choose K. Entry point: {@link dev.csimodel.segmentation.pos.PosEstimator}.
 */
package dev.csimodel.segmentation.pos;
