package dev.csimodel.cli;

import java.util.Locale;

/** The missing-data strategies the command line offers. */
enum MissingStrategyOption {
    /** Replace each missing value by its column's mean. */
    MEAN,
    /** Drop every row with a missing value in a used column. */
    LISTWISE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
