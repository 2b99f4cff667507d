package dev.csimodel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** One in-process run of the command line with captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Terminal.none());
        return new CliRun(code, out.toString(), err.toString());
    }

    /** @return the path of a test resource */
    static String resource(String name) {
        try {
            return Path.of(CliRun.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String bankData() {
        return resource("satisfaction/satisfaction.csv");
    }

    static String bankModel() {
        return resource("satisfaction/ecsi-bank.model");
    }

    /**
     * Asserts that standard error holds exactly one {@code csi: warning:} line per diagnostic of
     * the JSON {@code report} (its own and its segments'), and nothing else.
     */
    void assertOnlyWarningsOf(com.fasterxml.jackson.databind.JsonNode report) {
        int expected = report.path("diagnostics").size();
        for (com.fasterxml.jackson.databind.JsonNode s : report.path("segments")) {
            expected += s.path("report").path("diagnostics").size();
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, err.lines().count(), this::toString);
        err.lines().forEach(l -> org.junit.jupiter.api.Assertions.assertTrue(l.startsWith("csi: warning: "), this::toString));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
