package dev.csimodel.report;

/**
 * Direct, indirect and total effect of one construct on another.
 *
 * @param from     the cause
 * @param to       the effect
 * @param direct   the path coefficient (0 without a direct path)
 * @param indirect the sum over mediated routes
 * @param total    direct + indirect
 */
public record EffectEntry(String from, String to, Double direct, Double indirect, Double total) {
}
