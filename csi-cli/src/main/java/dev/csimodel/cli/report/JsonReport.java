package dev.csimodel.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.csimodel.CsiException;

import java.io.PrintWriter;

/**
 * The report as JSON, serialised from the report records by Jackson: the property names are the
 * record component names, numbers are JSON numbers at full double precision, undefined numbers
 * are null. The layout is documented in {@code docs/json-report.md}.
 */
public final class JsonReport implements ReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(EstimationReport report, PrintWriter out) {
        emit(report, out);
    }

    @Override
    public void write(ComparisonReport report, PrintWriter out) {
        emit(report, out);
    }

    private static void emit(Object value, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new CsiException("cannot write the JSON report: " + e.getOriginalMessage(), e);
        }
    }
}
