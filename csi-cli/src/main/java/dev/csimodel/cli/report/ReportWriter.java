package dev.csimodel.cli.report;

import java.io.PrintWriter;

/** Writes reports in one output format. Implementations hold no state. */
public interface ReportWriter {

    /** Writes the report of one estimation. */
    void write(EstimationReport report, PrintWriter out);

    /** Writes the comparison of several models on the same data. */
    void write(ComparisonReport report, PrintWriter out);
}
