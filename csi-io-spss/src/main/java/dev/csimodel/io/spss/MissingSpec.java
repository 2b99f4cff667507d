package dev.csimodel.io.spss;

import dev.csimodel.Arguments;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The user-missing values an SPSS variable declares (record type 2): up to three discrete codes,
 * or a closed range {@code [low, high]} (LO and HI stored as the file's lowest and highest
 * value) plus at most one code. Values matching the spec are read as missing (NaN).
 *
 * @param codes the discrete missing codes (0 to 3)
 * @param low   the lower end of the missing range, if there is a range
 * @param high  the upper end of the missing range, if there is a range
 */
public record MissingSpec(List<Double> codes, OptionalDouble low, OptionalDouble high) {

    /** A variable without user-missing values. */
    public static final MissingSpec NONE = new MissingSpec(List.of(), OptionalDouble.empty(), OptionalDouble.empty());

    /**
     * @param codes the discrete missing codes (copied)
     * @param low   the lower end of the missing range, if there is a range
     * @param high  the upper end of the missing range, present exactly when {@code low} is
     * @throws dev.csimodel.CsiSpecificationException if only one end of the range is given
     */
    public MissingSpec {
        // a range needs both ends; the codes are copied
        codes = List.copyOf(Arguments.requireNonNull(codes, "codes"));
        Arguments.requireNonNull(low, "low");
        Arguments.requireNonNull(high, "high");
        if (low.isPresent() != high.isPresent()) {
            throw new dev.csimodel.CsiSpecificationException("a missing range needs both ends, got low " + low + " and high " + high);
        }
    }

    /**
     * @param value a value of the variable
     * @return true if {@code value} is one of the codes or lies in the range
     */
    public boolean isMissing(double value) {
        if (low.isPresent() && value >= low.getAsDouble() && value <= high.getAsDouble()) {
            return true;
        }
        for (double code : codes) {
            if (code == value) {
                return true;
            }
        }
        return false;
    }

    /** @return true if nothing is declared missing */
    public boolean isEmpty() {
        return codes.isEmpty() && low.isEmpty();
    }
}
