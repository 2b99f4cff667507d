package dev.csimodel.examples;

import dev.csimodel.result.PlsResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every example and checks what it prints against reference values. */
class ExamplesTest {

    /** Printed with two decimals. */
    static final double PRINTED_TOL = 0.005;

    static String capture(java.util.function.Consumer<PrintStream> run) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static double column(String output, String rowLabel, int column) {
        for (String line : output.split("\\R")) {
            String[] cells = line.trim().split("\\s+");
            if (cells[0].equals(rowLabel)) {
                return Double.parseDouble(cells[column]);
            }
        }
        throw new AssertionError("no row " + rowLabel + " in\n" + output);
    }

    @Test
    void ecsiBankPrintsPlspmsIndices() {
        String out = capture(EcsiBankExample::run);
        // plspm_sat_index_0_100.csv, path scheme: SAT 68.5022363557973, LOY 71.9727407712385.
        assertEquals(68.5022363557973, column(out, "SAT", 2), PRINTED_TOL);
        assertEquals(71.9727407712385, column(out, "LOY", 2), PRINTED_TOL);
        // plspm_sat_path_inner_summary.csv: R2(SAT) 0.70227465017945.
        assertEquals(0.70227465017945, column(out, "SAT", 1), 0.0005);
        assertTrue(out.contains("n = 250"));
        // IMAG is exogenous: its R² does not apply
        assertTrue(out.lines().anyMatch(l -> l.matches("IMAG\\s+n/a\\s+\\d+\\.\\d\\d")), out);
    }

    @Test
    void embeddingReadsTypedResults() {
        PlsResult[] fit = new PlsResult[1];
        String out = capture(o -> fit[0] = EmbeddingExample.run(o));
        assertTrue(fit[0].converged());
        // Simulated with a stronger product effect (0.5) than service effect (0.3).
        assertTrue(fit[0].pathCoefficient("PRODUCT", "SAT") > fit[0].pathCoefficient("SERVICE", "SAT"));
        assertTrue(fit[0].path("SERVICE", "SAT").pValue().orElseThrow() < 1e-3);
        assertTrue(out.contains("PRODUCT -> SAT: " + String.format("%.3f", fit[0].pathCoefficient("PRODUCT", "SAT"))));
    }

    @Test
    void comparisonPutsModelsSideBySide() {
        Map<String, PlsResult>[] fits = new Map[1];
        String out = capture(o -> fits[0] = ModelComparisonExample.run(o));
        // The ECSI row is the reference model: plspm R2(SAT) 0.70227465017945, R2(LOY) 0.493639544550543.
        assertEquals(0.70227465017945, fits[0].get("ECSI").rSquared("SAT").orElseThrow(), 1e-6);
        assertEquals(0.493639544550543, fits[0].get("ECSI").rSquared("LOY").orElseThrow(), 1e-6);
        assertEquals(0.70227465017945, column(out, "ECSI", 1), 0.0005);
        // Dropping antecedents of SAT cannot raise its R2 much; here it lowers it.
        assertTrue(fits[0].get("SCSB-style").rSquared("SAT").orElseThrow() < fits[0].get("ECSI").rSquared("SAT").orElseThrow());
        assertEquals(3, fits[0].size());
    }
}
