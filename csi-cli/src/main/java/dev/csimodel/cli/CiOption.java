package dev.csimodel.cli;

import dev.csimodel.bootstrap.IntervalMethod;

import java.util.Locale;

/** The bootstrap confidence intervals the command line offers (see {@link IntervalMethod}). */
enum CiOption {
    /** Percentile interval (Efron and Tibshirani 1993). */
    PERCENTILE(IntervalMethod.PERCENTILE),
    /** Basic (reverse percentile) interval (Davison and Hinkley 1997). */
    BASIC(IntervalMethod.BASIC),
    /** Bias-corrected and accelerated interval; costs n extra estimations. */
    BCA(IntervalMethod.BCA);

    private final IntervalMethod method;

    CiOption(IntervalMethod method) {
        this.method = method;
    }

    IntervalMethod method() {
        return method;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
