package dev.csimodel.io;

import dev.csimodel.CsiException;
import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded fuzzing of the CSV readers: thousands of mutations of valid files (characters inserted,
 * deleted or replaced; quotes, delimiters, line breaks, byte-order marks and huge numbers put
 * in). Whatever the text, a reader either returns a table or throws a {@link CsiException}:
 * never another exception, never a non-finite value other than a token's NaN, never a hang. The
 * streaming reader must agree with the in-memory one on every input (same rows, or the same
 * message).
 */
class CsvReaderFuzzTest {

    private static final long SEED = 20261122L;
    private static final int CASES = 4000;
    /** Generous for 4000 small texts (about 2 s on a busy shared machine); a hang exceeds it. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(120);
    /** Both readers parse the same text with the same code. */
    private static final double EXACT = 0.0;

    private static final String[] PIECES = {"\"", "\"\"", ",", ";", "\t", "\n", "\r", "\r\n", "\uFEFF", " ", "NA",
            "-", "+", ".", "e", "E", "1e309", "-1e400", "9".repeat(400), "0." + "0".repeat(350) + "1", "NaN",
            "Infinity", "0x1F", "\u0000", "\u00e9", "\u0663", "7", "10", "x", "a", "g"};

    @Test
    void readersReturnATableOrThrowCsiException() throws Exception {
        List<String> seeds = seeds();
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            Random random = new Random(SEED);
            int tables = 0;
            for (int i = 0; i < CASES; i++) {
                String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
                CsvOptions options = options(random);
                List<String> columns = random.nextInt(4) == 0 ? List.of("a", "b") : List.of("a", "c");
                String group = random.nextBoolean() ? "g" : null;
                tables += check(i, text, options, columns, group) ? 1 : 0;
            }
            // the mutations must leave some inputs valid, or the test only exercises the errors
            assertTrue(tables > CASES / 20, "only " + tables + " of " + CASES + " inputs were readable");
            assertTrue(tables < CASES, "every input was readable: the mutations do nothing");
        });
    }

    /** @return true if the input was read as a table */
    private static boolean check(int i, String text, CsvOptions options, List<String> columns, String group) {
        CsvDataReader reader = new CsvDataReader(options);
        Outcome inMemory = outcome(() -> {
            GroupedData g = group == null ? new GroupedData(reader.read(new StringReader(text), "f.csv", columns), "",
                    blank(text, reader, columns)) : reader.readGrouped(new StringReader(text), "f.csv", columns, group);
            return rowsOf(g.table());
        }, i, text);
        Outcome streamed = outcome(() -> {
            List<double[]> rows = new ArrayList<>();
            try (CsvRowStream s = reader.stream(new StringReader(text), "f.csv", columns, group)) {
                while (s.hasNext()) {
                    rows.add(s.next().clone());
                }
            }
            return rows;
        }, i, text);
        assertEquals(inMemory.message(), streamed.message(), () -> "case " + i + ": " + quoted(text));
        if (inMemory.rows() == null) {
            return false;
        }
        assertEquals(inMemory.rows().size(), streamed.rows().size(), () -> "case " + i);
        for (int r = 0; r < inMemory.rows().size(); r++) {
            for (int j = 0; j < columns.size(); j++) {
                double v = inMemory.rows().get(r)[j];
                assertEquals(v, streamed.rows().get(r)[j], EXACT, "case " + i);
                boolean allowed = Double.isFinite(v) || (Double.isNaN(v) && !options.missingCodes().isEmpty());
                assertTrue(allowed, () -> "case " + i + ": value " + v + " from " + quoted(text));
            }
        }
        return true;
    }

    /** The in-memory path needs a label list only for the GroupedData wrapper. */
    private static List<String> blank(String text, CsvDataReader reader, List<String> columns) {
        int rows = reader.read(new StringReader(text), "f.csv", columns).rowCount();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            out.add("");
        }
        return out;
    }

    private record Outcome(List<double[]> rows, String message) {
    }

    private interface Read {
        List<double[]> rows();
    }

    private static Outcome outcome(Read read, int i, String text) {
        try {
            return new Outcome(read.rows(), null);
        } catch (CsiException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), () -> "case " + i + ": empty message");
            return new Outcome(null, e.getMessage());
        } catch (RuntimeException | Error e) {
            fail("case " + i + ": " + e + " on " + quoted(text), e);
            return null;
        }
    }

    private static List<double[]> rowsOf(DataTable t) {
        List<double[]> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            double[] row = new double[t.columnCount()];
            for (int j = 0; j < row.length; j++) {
                row[j] = t.value(r, j);
            }
            out.add(row);
        }
        return out;
    }

    private static CsvOptions options(Random random) {
        CsvOptions o = CsvOptions.defaults();
        int d = random.nextInt(6);
        o = d == 0 ? o.withDelimiter(';') : d == 1 ? o.withDelimiter('\t') : o;
        return random.nextBoolean() ? o.withMissingToken("NA") : o;
    }

    private static List<String> seeds() throws IOException, URISyntaxException {
        Path bank = Path.of(CsvReaderFuzzTest.class.getResource("/satisfaction/satisfaction.csv").toURI());
        List<String> lines = Files.readAllLines(bank, StandardCharsets.UTF_8);
        // the bank file's first columns renamed a, b, c and the gender column g, 12 rows
        StringBuilder head = new StringBuilder("a,b,c" + lines.get(0).substring(lines.get(0).indexOf(",\"imag4\""))
                .replace("\"gender\"", "g") + "\n");
        for (String line : lines.subList(1, 13)) {
            head.append(line).append('\n');
        }
        return List.of(head.toString(),
                "a,b,c,g\n1,2,3,x\n4,5,6,y\n",
                "\"a\",\"b\",\"c\",\"g\"\r\n\"1\",\" 2 \",\"3e0\",\"x,y\"\r\n-1.5,+.5,7,\"q\"\"r\"\r\n",
                "a;b;c;g\n1;2;3;x\nNA;;3;y\n",
                "a\tb\tc\tg\n1\t2\t3\tx\n\n4\t5\t6\ty\n",
                "\uFEFFa,b,c,g,note\n1,2,3,x,\"multi\nline\"\n4,5,NA,y,\n");
    }

    private static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> s.insert(at, piece(random));
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(3)));
                case 2 -> s.replace(at, Math.min(s.length(), at + 1), piece(random));
                case 3 -> s.insert(at, (char) random.nextInt(0x3000));
                default -> s.setLength(Math.min(s.length(), at));
            }
        }
        return s.toString();
    }

    private static String piece(Random random) {
        return PIECES[random.nextInt(PIECES.length)];
    }

    private static String quoted(String text) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "..." : text;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }
}
