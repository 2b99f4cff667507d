/**
 * Estimation of path models with higher-order (second-order) constructs: a construct whose
 * "indicators" are lower-order constructs, its dimensions ({@code QV =~ QUAL + VAL}).
 *
 * <p>{@link dev.csimodel.hierarchy.HigherOrderProblem} is what to estimate (a model with
 * higher-order constructs and the rows, since the two-stage approaches need construct scores),
 * {@link dev.csimodel.hierarchy.HigherOrderEstimator} the algorithm, chosen by
 * {@link dev.csimodel.hierarchy.HigherOrderMethod} (repeated indicators, embedded or disjoint
 * two-stage; Becker, Klein and Wetzels 2012; Sarstedt, Hair, Cheah, Becker and Ringle 2019), and
 * {@link dev.csimodel.hierarchy.HigherOrderResult} holds both stages and the evaluation of each
 * higher-order construct on its dimensions ({@link dev.csimodel.hierarchy.HigherOrderMeasurement}).
 */
package dev.csimodel.hierarchy;
