package dev.csimodel.result;

/**
 * Direct, indirect and total effect of one construct on another. Total effects are
 * {@code (I − B)⁻¹ − I} for the path matrix B (Alwin and Hauser 1975); indirect = total − direct.
 *
 * @param from     the cause
 * @param to       the effect
 * @param direct   the path coefficient (0 without a path)
 * @param indirect the sum over all mediated routes
 * @param total    direct + indirect
 */
public record Effect(String from, String to, double direct, double indirect, double total) {
}
