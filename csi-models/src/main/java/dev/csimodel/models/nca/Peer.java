package dev.csimodel.models.nca;

/**
 * A corner point of the CE-FDH step ceiling: a case with no other case to its upper left
 * ({@code x_j ≤ x} and {@code y_j > y}).
 *
 * @param x the condition's value
 * @param y the outcome's value
 */
public record Peer(double x, double y) {
}
