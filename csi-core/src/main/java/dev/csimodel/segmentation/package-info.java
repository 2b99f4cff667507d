/**
 * Latent segmentation: customers whose drivers differ in ways no column records. The shared
 * vocabulary of the methods lives here: {@link dev.csimodel.segmentation.Memberships} (posterior
 * or hard segment membership of each row), {@link dev.csimodel.segmentation.SegmentSolution} (a
 * K-segment solution with the model re-estimated in each segment) and
 * {@link dev.csimodel.segmentation.AdjustedRandIndex} (agreement of two partitions); the methods
 * themselves (FIMIX-PLS, PLS-POS, REBUS-PLS) live in sub-packages.
 */
package dev.csimodel.segmentation;
