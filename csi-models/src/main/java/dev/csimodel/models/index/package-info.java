/**
 * The 0-100 customer satisfaction index (Fornell et al. 1996): index weights from a fitted
 * model, response scales, construct and respondent indices, and indices by segment.
 */
package dev.csimodel.models.index;
