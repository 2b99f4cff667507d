/**
 * FIMIX-PLS, finite mixture partial least squares (Hahn, Johnson, Herrmann and Huber 2002;
 * Sarstedt, Becker, Ringle and Schwaiger 2011): latent segments of the structural model found
 * by EM on the pooled construct scores, for K = 1..Kmax, with the retention criteria that choose
 * K ({@link dev.csimodel.segmentation.fimix.FimixEstimator},
 * {@link dev.csimodel.segmentation.fimix.FimixResult}), and the explanatory step that ranks
 * observed label columns by how well they match the segments
 * ({@link dev.csimodel.segmentation.fimix.SegmentExplanation}).
 */
package dev.csimodel.segmentation.fimix;
