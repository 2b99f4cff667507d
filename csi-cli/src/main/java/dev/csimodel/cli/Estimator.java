package dev.csimodel.cli;

/** The estimators {@code csi estimate --estimator} offers. */
enum Estimator {
    /** PLS path modelling (the default). */
    PLS,
    /** Generalized structured component analysis (Hwang and Takane 2004). */
    GSCA
}
