package dev.csimodel.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        emit(report.settings().scaleMin() == null ? report : withNullIndices(report), out);
    }

    /**
     * With a scale every construct has an {@code index} field: an undefined index (a non-positive
     * outer weight, named by an INDEX_UNDEFINED diagnostic) is null rather than missing, as in
     * segments; without a scale the field is absent.
     */
    private static JsonNode withNullIndices(EstimationReport report) {
        JsonNode tree = MAPPER.valueToTree(report);
        fillIndices(tree.get("constructs"));
        for (JsonNode segment : tree.path("segments")) {
            fillIndices(segment.path("report").get("constructs"));
        }
        return tree;
    }

    private static void fillIndices(JsonNode constructs) {
        if (constructs == null) {
            return;
        }
        for (JsonNode c : constructs) {
            if (c instanceof ObjectNode o && !o.has("index")) {
                o.putNull("index");
            }
        }
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
