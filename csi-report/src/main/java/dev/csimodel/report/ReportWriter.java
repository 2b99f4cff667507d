package dev.csimodel.report;

import java.io.PrintWriter;

/** Writes reports in one output format. Implementations hold no state. */
public interface ReportWriter {

    /**
     * Writes the report of one estimation.
     *
     * @param out where to write it
     * @param report the report
     */
    void write(EstimationReport report, PrintWriter out);

    /**
     * Writes the comparison of several models on the same data.
     *
     * @param out where to write it
     * @param report the report
     */
    void write(ComparisonReport report, PrintWriter out);
}
