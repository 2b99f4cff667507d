package dev.csimodel.bootstrap;

/**
 * The model whose implied indicator correlation matrix a fit test compares with the data (see
 * {@link dev.csimodel.result.ModelFit}).
 */
public enum ImpliedModel {
    /** All constructs freely correlated: tests the measurement (outer) model. */
    SATURATED,
    /** Construct correlations implied by the structural model: tests the whole model. */
    ESTIMATED
}
