/**
 * Verbal satisfaction rating scales (2, 5 and 7 levels, Chinese and English labels), their
 * points 1..k and the linear 0-100 transformation {@code (point - 1) / (k - 1) * 100} used for
 * CSI reporting (Fornell et al. 1996, "The American Customer Satisfaction Index: nature, purpose,
 * and findings", Journal of Marketing 60(4), rescale indicator means to 0-100 the same way).
 *
 * <p>Entry point: {@link dev.csimodel.models.scale.SatisfactionScale}.
 */
package dev.csimodel.models.scale;
