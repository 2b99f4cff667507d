package dev.csimodel.report.table;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.report.ComparisonReport;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.ReportWriter;

import java.io.PrintWriter;

/**
 * The stream writer of a format written to files only (CSV: one file per table; xlsx: a binary
 * workbook): the command line writes those with {@code --output}, so reaching this is a
 * missing {@code --output}, said in the exception.
 */
public final class FileTablesWriter implements ReportWriter {

    private final String why;

    /** @param why what {@code --output} must name, e.g. "a folder: one CSV file per table" */
    public FileTablesWriter(String why) {
        this.why = why;
    }

    @Override
    public void write(EstimationReport report, PrintWriter out) {
        throw refusal();
    }

    @Override
    public void write(ComparisonReport report, PrintWriter out) {
        throw refusal();
    }

    private CsiSpecificationException refusal() {
        return new CsiSpecificationException("this format is written to files: give --output " + why);
    }
}
