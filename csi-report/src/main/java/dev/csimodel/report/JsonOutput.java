package dev.csimodel.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.csimodel.CsiException;

import java.io.PrintWriter;

/** Writes a report record as indented JSON (property names = record component names). */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static void write(Object report, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new CsiException("cannot serialise the report: " + e.getMessage(), e);
        }
    }
}
