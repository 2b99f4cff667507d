package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The estimate on the rows of one group of the {@code --group} column, or why there is none (a
 * group too small or constant to estimate must not sink the whole report).
 *
 * @param group   the group label
 * @param rows    the number of rows with this label
 * @param report  the estimate on that group's rows (without segments of its own); null if skipped
 * @param skipped why the group could not be estimated; absent when it was
 */
public record SegmentEntry(String group, int rows, EstimationReport report,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String skipped) {

    /**
     * @param group the group's value
     * @param report its report
     * @param rows its number of rows
     * @return an estimated segment
     */
    public static SegmentEntry estimated(String group, int rows, EstimationReport report) {
        return new SegmentEntry(group, rows, report, null);
    }

    /**
     * @param group the group's value
     * @param reason why it was not estimated
     * @param rows its number of rows
     * @return a segment that could not be estimated, with the reason
     */
    public static SegmentEntry skipped(String group, int rows, String reason) {
        return new SegmentEntry(group, rows, null, reason);
    }
}
