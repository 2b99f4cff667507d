/**
 * Expectation-disconfirmation paradigm: satisfaction as the comparison of perceived
 * performance with prior expectation, attribute by attribute.
 *
 * <p>Source: Oliver, R. L. (1980), "A cognitive model of the antecedents and consequences of
 * satisfaction decisions", Journal of Marketing Research 17(4), 460-469.
 *
 * <p>Entry point: {@link dev.csimodel.models.disconfirmation.ExpectationDisconfirmation}.
 */
package dev.csimodel.models.disconfirmation;
