package dev.csimodel.io.spss;

import dev.csimodel.CsiDataException;
import dev.csimodel.io.spss.SavWriter.Var;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files written by {@link SavWriter}, whose content the test knows, uncompressed and compressed. */
class WrittenSavFileTest {

    private static final double EXACT = 0.0;
    private static final double NA = Double.NaN;

    @TempDir
    Path dir;

    private static final List<Var> VARS = List.of(
            Var.numeric("satisfaction_overall_long_name").withLabel("Overall satisfaction")
                    .withLabels(Map.of(1.0, "very poor", 10.0, "excellent", 99.0, "don't know"))
                    .withMissing(2, 98, 99),
            Var.numeric("range_lo").withMissing(-2, -Double.MAX_VALUE, 0),
            Var.numeric("range_hi_plus").withMissing(-3, 90, Double.MAX_VALUE, -1),
            Var.string("comment", 20),
            Var.numeric("raw"));

    private static final List<Object[]> ROWS = List.of(
            new Object[]{7.0, 3.0, 5.0, "fine", 0.125},
            new Object[]{99.0, 0.0, 95.0, "", 1e6},
            new Object[]{98.0, -5.0, -1.0, "a longer comment txt", -150.5},
            new Object[]{null, 1.0, 89.0, "x", 151.0});

    @ParameterizedTest(name = "compressed={0}")
    @ValueSource(booleans = {false, true})
    void readsValuesNamesLabelsAndAppliesEveryKindOfMissingSpec(boolean compressed) throws IOException {
        SavFile sav = SavFile.read(write(VARS, ROWS, compressed));
        assertEquals(List.of("satisfaction_overall_long_name", "range_lo", "range_hi_plus", "raw"), sav.table().columnNames());
        assertArrayEquals(new double[]{7, NA, NA, NA}, sav.table().column("satisfaction_overall_long_name"), EXACT);
        assertArrayEquals(new double[]{3, NA, NA, 1}, sav.table().column("range_lo"), EXACT);
        assertArrayEquals(new double[]{5, NA, NA, 89}, sav.table().column("range_hi_plus"), EXACT);
        assertArrayEquals(new double[]{0.125, 1e6, -150.5, 151}, sav.table().column("raw"), EXACT);
        SavVariable first = sav.variables().get(0);
        assertEquals("Overall satisfaction", first.label().orElseThrow());
        assertEquals(new LabelledRange(1, 10), first.labelledRange().orElseThrow(), "99 is declared missing");
        assertEquals("don't know", first.valueLabel(99).orElseThrow());
        SavVariable comment = sav.variable("comment").orElseThrow();
        assertEquals(VariableType.STRING, comment.type());
        assertEquals(20, comment.width());
        CsiDataException e = assertThrows(CsiDataException.class, () -> sav.numericColumns(List.of("raw", "comment")));
        assertTrue(e.getMessage().contains("'comment'"), e.getMessage());
    }

    @ParameterizedTest(name = "compressed={0}")
    @ValueSource(booleans = {false, true})
    void anEmptyFileOfCasesGivesAnEmptyTable(boolean compressed) throws IOException {
        SavFile sav = SavFile.read(write(VARS, List.of(), compressed));
        assertEquals(0, sav.table().rowCount());
        assertEquals(4, sav.table().columnCount());
    }

    @ParameterizedTest(name = "compressed={0}")
    @ValueSource(booleans = {false, true})
    void aVeryLongStringIsOneVariableAndTheNumbersAfterItStayAligned(boolean compressed) throws IOException {
        // a 300-byte string is stored as a 255-byte segment (V2) and a 45-byte one (V3), record 7.14 "V2=00300"
        List<Var> vars = List.of(Var.numeric("before"), Var.string("essay", 255), Var.string("essay_segment2", 45),
                Var.numeric("after"));
        String text = "x".repeat(255);
        List<Object[]> rows = List.of(new Object[]{1.0, text, "tail", 2.5}, new Object[]{3.0, "", "", 4.0});
        SavFile sav = SavFile.read(store(SavWriter.write(vars, rows, compressed, "V2=00300\0\t")));
        assertEquals(List.of("before", "essay", "after"), sav.variables().stream().map(SavVariable::name).toList());
        assertEquals(300, sav.variable("essay").orElseThrow().width());
        assertArrayEquals(new double[]{1, 3}, sav.table().column("before"), EXACT);
        assertArrayEquals(new double[]{2.5, 4}, sav.table().column("after"), EXACT);
    }

    @org.junit.jupiter.api.Test
    void zsavIsRefusedByName() throws IOException {
        byte[] bytes = SavWriter.write(VARS, ROWS, true);
        bytes[72] = 2;
        CsiDataException e = assertThrows(CsiDataException.class, () -> SavFile.read(store(bytes)));
        assertTrue(e.getMessage().contains("ZLIB") && e.getMessage().contains("byte offset 72"), e.getMessage());
    }

    private Path write(List<Var> vars, List<Object[]> rows, boolean compressed) throws IOException {
        return store(SavWriter.write(vars, rows, compressed));
    }

    private Path store(byte[] bytes) throws IOException {
        Path p = dir.resolve("test.sav");
        Files.write(p, bytes);
        return p;
    }
}
