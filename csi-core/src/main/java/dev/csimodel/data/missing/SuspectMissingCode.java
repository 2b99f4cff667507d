package dev.csimodel.data.missing;

/**
 * A value that looks like an unrecoded missing-value code (see {@link MissingValues#suspectCodes}).
 *
 * @param column the column holding it
 * @param value  the value, e.g. {@code -99}
 * @param count  how many cells of the column hold it
 */
public record SuspectMissingCode(String column, double value, int count) {
}
