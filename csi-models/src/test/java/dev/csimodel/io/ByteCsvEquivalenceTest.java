package dev.csimodel.io;

import dev.csimodel.CsiException;
import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The byte path (files cut into ranges, several threads) against the character path (the same
 * text through a Reader, Commons CSV): on thousands of seeded mutations of valid files, both
 * give bit-identical columns and labels, or both throw the same exception type with the same
 * message (line, data row and column included). Tiny ranges (a few bytes to a few records)
 * make every record boundary a range boundary somewhere; 1, 3 and 8 threads read each file.
 */
class ByteCsvEquivalenceTest {

    private static final long SEED = 20261202L;
    private static final int CASES = 1500;
    private static final int[][] RANGES_AND_THREADS = {{ParallelCsv.RANGE_BYTES, 1}, {7, 1}, {7, 3}, {64, 8}};
    private static final String[] PIECES = {"\"", "\"\"", "\"x\"", ",", ";", "\n", "\r", "\r\n", "\uFEFF", " ", "NA", "-99", "-", "+",
            ".", "e", "E", "1e309", "0.1e-400", "9".repeat(30), "0.0000123", "12345678901234567890", "NaN",
            "Infinity", "0x1F", "\u00e9", "\u0663", "7", "10", "x", "\n\n", ",,"};

    @TempDir
    Path dir;

    @Test
    void bytePathEqualsCharacterPath() throws IOException {
        Random random = new Random(SEED);
        int tables = 0;
        int byteTables = 0;
        for (int i = 0; i < CASES; i++) {
            String text = mutate(seed(random), random);
            CsvOptions options = options(random);
            Charset cs = random.nextInt(5) == 0 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
            options = options.withEncoding(cs);
            String group = random.nextBoolean() ? "g" : null;
            List<String> columns = random.nextInt(3) == 0 ? List.of("b", "a") : List.of("a", "c");
            Path file = dir.resolve("f" + i + ".csv");
            Files.write(file, text.getBytes(cs));
            String expected = outcome(new CsvDataReader(options), file, columns, group, true, i, text);
            for (int[] rt : RANGES_AND_THREADS) {
                CsvDataReader reader = new CsvDataReader(options).withRangeBytes(rt[0]).withThreads(rt[1]);
                String actual = outcome(reader, file, columns, group, false, i, text);
                int c = i;
                assertEquals(expected, actual, () -> "case " + c + " ranges " + rt[0] + " threads " + rt[1] + ": "
                        + quoted(text));
            }
            tables += expected.startsWith("table") ? 1 : 0;
            byteTables += expected.startsWith("table") && text.indexOf('\r') < 0 ? 1 : 0;
        }
        assertTrue(tables > CASES / 10, "only " + tables + " readable inputs");
        assertTrue(byteTables > CASES / 20, "only " + byteTables + " readable inputs without CR");
        assertTrue(tables < CASES, "every input was readable: the mutations do nothing");
    }

    /** @return "table" with every value's bits and label, or the exception's class and message */
    private static String outcome(CsvDataReader reader, Path file, List<String> columns, String group,
                                  boolean characters, int i, String text) {
        try {
            GroupedData g;
            if (characters) {
                try (var in = new DecodingReader(Files.newInputStream(file), file.toString(), reader.options().encoding())) {
                    g = group == null ? new GroupedData(reader.read(in, file.toString(), columns), "",
                            blanks(reader, file, columns)) : reader.readGrouped(in, file.toString(), columns, group);
                }
            } else {
                g = group == null ? new GroupedData(reader.read(file, columns), "", blanks(reader, file, columns))
                        : reader.readGrouped(file, columns, group);
            }
            return describe(g);
        } catch (CsiException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (IOException | RuntimeException e) {
            fail("case " + i + ": " + e + " on " + quoted(text), e);
            return null;
        }
    }

    private static List<String> blanks(CsvDataReader reader, Path file, List<String> columns) {
        return java.util.Collections.nCopies(reader.withThreads(1).read(file, columns).rowCount(), "");
    }

    private static String describe(GroupedData g) {
        DataTable t = g.table();
        StringBuilder out = new StringBuilder("table " + t.columnNames() + " " + t.rowCount() + "\n");
        for (int r = 0; r < t.rowCount(); r++) {
            for (int j = 0; j < t.columnCount(); j++) {
                out.append(Long.toHexString(Double.doubleToRawLongBits(t.value(r, j)))).append(' ');
            }
            out.append(g.labels().get(r)).append('\n');
        }
        return out.toString();
    }

    private static CsvOptions options(Random random) {
        CsvOptions o = CsvOptions.defaults();
        int d = random.nextInt(6);
        o = d == 0 ? o.withDelimiter(';') : d == 1 ? o.withDetectedDelimiter() : o;
        o = random.nextInt(4) == 0 ? o.withMissingCodes(List.of("NA", "-99")) : o;
        return random.nextInt(8) == 0 && o.delimiter() != ',' ? o.withDecimalComma(true) : o;
    }

    /**
     * @return a file of 1 to 30 rows, columns a, b, c and group g, sometimes a leading sep= line,
     *         quoted header names, quoted labels (as R's write.csv writes them), quoted numbers
     */
    private static String seed(Random random) {
        char d = random.nextInt(4) == 0 ? ';' : ',';
        String q = random.nextInt(4) == 0 ? "\"" : "";
        StringBuilder s = new StringBuilder(random.nextInt(10) == 0 ? "sep=" + d + "\n" : "");
        s.append(String.join(String.valueOf(d), q + "a" + q, q + "b" + q, "c", q + "g" + q)).append('\n');
        String labelQuote = random.nextInt(3) == 0 ? "\"" : "";
        String numberQuote = random.nextInt(6) == 0 ? "\"" : "";
        int rows = 1 + random.nextInt(30);
        for (int r = 0; r < rows; r++) {
            s.append(random.nextInt(11)).append(d)
                    .append(numberQuote).append(String.format(Locale.ROOT, "%.3f", random.nextGaussian())).append(numberQuote)
                    .append(d).append(random.nextInt(3) == 0 ? "-99" : String.valueOf(random.nextInt(100) - 50))
                    .append(d).append(labelQuote).append("shop").append(random.nextInt(3)).append(labelQuote)
                    .append(random.nextInt(20) == 0 ? "" : "\n");
        }
        return s.toString();
    }

    private static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> s.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(3)));
                case 2 -> s.replace(at, Math.min(s.length(), at + 1), PIECES[random.nextInt(PIECES.length)]);
                case 3 -> s.insert(at, (char) (0x20 + random.nextInt(0x300)));
                default -> s.setLength(Math.min(s.length(), at + 20));
            }
        }
        return s.toString();
    }

    private static String quoted(String text) {
        String shown = text.length() > 400 ? text.substring(0, 400) + "..." : text;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }
}
