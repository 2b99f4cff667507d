package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compares two JSON reports field by field: numbers within a tolerance, everything else exactly. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /** Asserts that {@code actual} has the shape of {@code expected}, its numbers within {@code tolerance}. */
    static void assertSameNumbers(JsonNode expected, JsonNode actual, String where, double tolerance) {
        if (expected.isNumber()) {
            assertTrue(actual.isNumber(), where);
            assertEquals(expected.asDouble(), actual.asDouble(), tolerance, where);
        } else if (expected.isContainerNode()) {
            assertEquals(expected.size(), actual.size(), where);
            if (expected.isArray()) {
                for (int i = 0; i < expected.size(); i++) {
                    assertSameNumbers(expected.get(i), actual.get(i), where + "[" + i + "]", tolerance);
                }
            } else {
                for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    assertSameNumbers(expected.get(f), actual.get(f), where + "." + f, tolerance);
                }
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
