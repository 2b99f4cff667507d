package dev.csimodel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input exits with code 2 and one line on standard error naming the culprit, without a stack
 * trace (unless --debug) and without output on standard output.
 */
class BadInputTest {

    private static void assertOneLineError(CliRun r, String... fragments) {
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("csi: "), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        for (String f : fragments) {
            assertTrue(r.err().contains(f), () -> "'" + f + "' missing: " + r);
        }
    }

    @Test
    void missingDataFile(@TempDir Path dir) {
        String absent = dir.resolve("nothere.csv").toString();
        assertOneLineError(run("estimate", "--data", absent, "--model", bankModel()), "nothere.csv", "no such file");
    }

    @Test
    void missingModelFile(@TempDir Path dir) {
        String absent = dir.resolve("nothere.model").toString();
        assertOneLineError(run("estimate", "--data", bankData(), "--model", absent), "nothere.model", "no such model file");
    }

    @Test
    void badModelSyntaxNamesLineAndColumn(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("bad.model");
        // line 2, column 6 holds '~=' where '=~' was meant
        Files.writeString(model, "IMAG =~ imag1 + imag2\nEXPE ~= expe1 + expe2\nEXPE ~ IMAG\n", StandardCharsets.UTF_8);
        assertOneLineError(run("estimate", "--data", bankData(), "--model", model.toString()),
                "bad.model, line 2, column ");
    }

    @Test
    void modelErrorWithoutPositionNamesTheFileAndConstruct(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("cycle.model");
        Files.writeString(model, "A =~ imag1 + imag2\nB =~ expe1 + expe2\nB ~ A\nA ~ B\n", StandardCharsets.UTF_8);
        CliRun r = run("estimate", "--data", bankData(), "--model", model.toString());
        assertOneLineError(r, "cycle.model");
    }

    @Test
    void unknownColumnNamesIndicatorAndConstruct(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("typo.model");
        Files.writeString(model, "IMAG =~ imag1 + imag2\nEXPE =~ expe1 + exp2\nEXPE ~ IMAG\n", StandardCharsets.UTF_8);
        assertOneLineError(run("estimate", "--data", bankData(), "--model", model.toString()),
                "satisfaction.csv", "no column 'exp2'", "construct 'EXPE'");
    }

    @Test
    void nonNumericCellNamesLineRowAndColumn(@TempDir Path dir) throws IOException {
        var lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        lines.set(5, lines.get(5).replaceFirst("^\\d+,", "eight,"));
        Path data = dir.resolve("typo.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);
        assertOneLineError(run("estimate", "--data", data.toString(), "--model", bankModel()),
                "typo.csv, line 6 (data row 5), column 'imag1': 'eight' is not a number");
    }

    @Test
    void badOptionValues() {
        assertEquals(2, run("estimate", "--data", bankData(), "--model", bankModel(), "--scheme", "magic").exitCode());
        assertEquals(2, run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "pdf").exitCode());
        CliRun scale = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "10:1");
        assertEquals(2, scale.exitCode(), scale::toString);
        assertTrue(scale.err().contains("--scale"), scale::toString);
        CliRun missing = run("estimate", "--data", bankData());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--model"), missing::toString);
        assertEquals(2, run("frobnicate").exitCode());
    }

    @Test
    void indicatorMeansOutsideTheScaleAreNamed() {
        // the bank survey is on 0-10; its means (about 7) lie outside a 1-5 scale
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "1:5");
        assertOneLineError(r, "imag1");
    }

    @Test
    void debugAddsTheStackTrace(@TempDir Path dir) {
        String absent = dir.resolve("nothere.csv").toString();
        CliRun r = run("estimate", "--data", absent, "--model", bankModel(), "--debug");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("\tat "), r::toString);
    }

    @Test
    void bootstrapCannotResamplePairwiseData() {
        CliRun pairwise = run("estimate", "--data", bankData(), "--model", bankModel(), "--bootstrap", "100",
                "--missing-strategy", "pairwise");
        assertOneLineError(pairwise, "--bootstrap", "--missing-strategy pairwise");
    }

    @Test
    void unknownWeightColumnIsNamed() {
        assertOneLineError(run("estimate", "--data", bankData(), "--model", bankModel(), "--weights", "w"),
                "no weight column 'w'");
    }

    @Test
    void tooFewResamplesAreABadOption() {
        assertOneLineError(run("estimate", "--data", bankData(), "--model", bankModel(), "--bootstrap", "1"),
                "resamples");
    }
}
