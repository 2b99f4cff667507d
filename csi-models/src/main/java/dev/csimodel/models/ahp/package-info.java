/**
 * Analytic hierarchy process (AHP): priority weights from pairwise judgments on Saaty's 1-9
 * scale, the consistency index and ratio, hierarchies of criteria with global weights, and a
 * weighted satisfaction score.
 *
 * <p>Sources: Saaty, T. L. (1977), "A scaling method for priorities in hierarchical structures",
 * Journal of Mathematical Psychology 15(3); Saaty, T. L. (1980), The Analytic Hierarchy Process,
 * McGraw-Hill (eigenvector method, consistency index, random index table).
 *
 * <p>Entry points: {@link dev.csimodel.models.ahp.PairwiseMatrix} (validated judgments),
 * {@link dev.csimodel.models.ahp.AhpAnalysis} (weights and consistency),
 * {@link dev.csimodel.models.ahp.AhpHierarchy} (criteria tree).
 */
package dev.csimodel.models.ahp;
