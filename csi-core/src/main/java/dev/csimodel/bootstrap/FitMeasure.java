package dev.csimodel.bootstrap;

import dev.csimodel.result.FitStatistics;

import java.util.OptionalDouble;

/** A discrepancy measure of {@link FitStatistics}. */
public enum FitMeasure {
    /** Standardised root mean squared residual. */
    SRMR,
    /** Unweighted least-squares distance. */
    D_ULS,
    /** Geodesic distance. */
    D_G;

    /** @return this measure of {@code fit}; NaN for an undefined d_G */
    double of(FitStatistics fit) {
        return switch (this) {
            case SRMR -> fit.srmr();
            case D_ULS -> fit.dUls();
            case D_G -> valueOrNaN(fit.dG());
        };
    }

    private static double valueOrNaN(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }
}
