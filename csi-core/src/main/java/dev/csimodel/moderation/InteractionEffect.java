package dev.csimodel.moderation;

import dev.csimodel.spec.InteractionTerm;

/**
 * The estimated effect of an interaction term on one construct.
 *
 * @param term              the interaction term ({@code A:B}, as first written in the model)
 * @param target            the dependent construct
 * @param coefficient       the standardised path coefficient of the term: all construct scores,
 *                          the interaction's included, have unit variance (the primary value;
 *                          seminr's {@code standardized_path})
 * @param seminrCoefficient the coefficient as seminr 2.3.4 reports it, {@code coefficient / a}:
 *                          seminr multiplies the standardised interaction score by the scale factor
 *                          a (its {@code adjust_interaction}, after Henseler and Chin 2010), so this is
 *                          the change of the target per unit of the product of the (standardised)
 *                          factors, the slope change used by simple-slope analysis
 * @param scaleFactor       a = Σ sd(x_i)|l_i| / Σ |l_i| over the term's indicators x_i (sd with
 *                          divisor n − 1, l_i their loadings)
 */
public record InteractionEffect(InteractionTerm term, String target, double coefficient, double seminrCoefficient,
                                double scaleFactor) {
}
