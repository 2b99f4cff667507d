package dev.csimodel.cli.report;

/**
 * The estimate on the rows of one group of the {@code --group} column.
 *
 * @param group  the group label
 * @param report the estimate on that group's rows (without segments of its own)
 */
public record SegmentEntry(String group, EstimationReport report) {
}
