package dev.csimodel.io.spss;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two ReadStat-written files against the CSVs of the same data in csi-core's test resources. */
class RealSavFileTest {

    /** The .sav stores the CSV's integers exactly. */
    private static final double EXACT = 0.0;
    private static final Path CORE = Path.of("..", "csi-core", "src", "test", "resources");

    @Test
    void satisfactionEqualsItsCsvAndDeclaresTheZeroToTenScale() throws Exception {
        SavFile sav = SavFile.read(resource("satisfaction.sav"));
        Csv csv = Csv.read(CORE.resolve("satisfaction/satisfaction.csv"), Double.NaN);
        List<String> indicators = csv.numericNames();
        assertEquals(250, sav.table().rowCount());
        assertSameNumbers(csv, sav.table(), indicators);
        for (String name : indicators) {
            assertEquals(new LabelledRange(0, 10), sav.labelledRange(name).orElseThrow(), name);
        }
        // the CSV's text column is coded 1/2 in the .sav; its value labels give the CSV's text back
        SavVariable gender = sav.variable("gender").orElseThrow();
        double[] codes = sav.table().column("gender");
        for (int i = 0; i < codes.length; i++) {
            assertEquals(csv.text(csv.names.indexOf("gender"), i), gender.valueLabel(codes[i]).orElseThrow(), "row " + (i + 1));
        }
    }

    @Test
    void corpRepAppliesItsDeclaredMissingCodeLikeTheCsvWithMinus99() throws Exception {
        SavFile sav = SavFile.read(resource("corp_rep.sav"));
        Csv withMissing = Csv.read(CORE.resolve("corp_rep/corp_rep_data.csv"), -99);
        Csv raw = Csv.read(CORE.resolve("corp_rep/corp_rep_data.csv"), Double.NaN);
        List<String> declared = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        for (SavVariable v : sav.variables()) {
            (v.missing().isMissing(-99) ? declared : undeclared).add(v.name());
        }
        assertEquals(sav.table().columnNames(), withMissing.numericNames());
        // the model's indicators (csor, attr, perf, qual, like, comp, cusl, cusa, ...) declare -99
        assertTrue(declared.containsAll(List.of("csor_1", "qual_8", "like_3", "comp_1", "cusl_1", "cusa")), declared.toString());
        assertSameNumbers(withMissing, sav.table(), declared);
        assertTrue(countNaN(sav.table().column("cusl_1")) > 0, "cusl_1 has -99 codes in the CSV");
        // demographics such as age keep -99: the file does not declare it missing for them
        assertTrue(undeclared.containsAll(List.of("age", "education", "occupation", "nphh")), undeclared.toString());
        assertSameNumbers(raw, sav.table(), undeclared);
        assertEquals(new LabelledRange(1, 7), sav.labelledRange("cusa").orElseThrow());
        assertTrue(sav.labelledRange("age").isEmpty());
    }

    @Test
    void anUnknownColumnIsAnErrorNamingIt() throws Exception {
        SavFile sav = SavFile.read(resource("satisfaction.sav"));
        CsiDataException e = assertThrows(CsiDataException.class, () -> sav.labelledRange("nosuch"));
        assertTrue(e.getMessage().contains("'nosuch'") && e.getMessage().contains("satisfaction.sav"), e.getMessage());
        assertEquals(2, sav.numericColumns(List.of("sat1", "sat2")).columnCount());
    }

    private static long countNaN(double[] values) {
        return java.util.Arrays.stream(values).filter(Double::isNaN).count();
    }

    private static void assertSameNumbers(Csv csv, DataTable table, List<String> names) {
        for (String name : names) {
            double[] expected = csv.columns.get(csv.names.indexOf(name));
            double[] actual = table.column(name);
            assertEquals(expected.length, actual.length, name);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], EXACT, name + " row " + (i + 1));
            }
        }
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(RealSavFileTest.class.getResource("/sav/" + name).toURI());
    }

    /** Minimal CSV reader for these two unquoted-number files; quoted cells make a text column. */
    private record Csv(List<String> names, List<double[]> columns, List<String[]> rows) {
        static Csv read(Path path, double missingCode) throws IOException {
            List<String> lines = Files.readAllLines(path);
            List<String> names = new ArrayList<>();
            for (String h : lines.get(0).split(",")) {
                names.add(h.replace("\"", ""));
            }
            List<double[]> columns = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                columns.add(new double[lines.size() - 1]);
            }
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                rows.add(cells);
                for (int j = 0; j < cells.length; j++) {
                    if (cells[j].startsWith("\"")) {
                        columns.set(j, null);
                    } else if (columns.get(j) != null) {
                        double v = cells[j].isEmpty() || cells[j].equals("NA") ? Double.NaN : Double.parseDouble(cells[j]);
                        columns.get(j)[i - 1] = v == missingCode ? Double.NaN : v;
                    }
                }
            }
            return new Csv(names, columns, rows);
        }

        String text(int column, int row) {
            return rows.get(row)[column].replace("\"", "");
        }

        List<String> numericNames() {
            List<String> out = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                if (columns.get(j) != null) {
                    out.add(names.get(j));
                }
            }
            return out;
        }
    }
}
