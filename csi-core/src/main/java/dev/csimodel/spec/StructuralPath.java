package dev.csimodel.spec;

/**
 * A directed structural path {@code from -> to}: {@code from} is a predictor of {@code to}.
 *
 * @param from the predictor construct
 * @param to   the dependent construct
 */
public record StructuralPath(String from, String to) {

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
