/**
 * Moderation (interaction) analysis in PLS path models: a model with interaction terms
 * ({@code SAT ~ IMAG + VAL + IMAG:VAL}) estimated by the two-stage, product-indicator or
 * orthogonalising approach ({@link dev.csimodel.moderation.InteractionMethod}), with simple
 * slopes and a floodlight (Johnson-Neyman) analysis with bootstrap intervals.
 *
 * <p>The interaction construct needs data, not only moments: its indicators are products of
 * items or of stage-1 construct scores. {@link dev.csimodel.moderation.ModerationProblem} builds
 * them (the problem), {@link dev.csimodel.moderation.ModerationEstimator} estimates the model with
 * them (the algorithm) and {@link dev.csimodel.moderation.ModerationResult} holds the estimates
 * (the result); {@link dev.csimodel.moderation.SlopeAnalysis} adds the slopes and the floodlight.
 * Entry point: {@code new ModerationEstimator(PlsEstimator.withDefaults(), ModerationSettings.defaults()).estimate(model, data)}.
 */
package dev.csimodel.moderation;
