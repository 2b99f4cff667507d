package dev.csimodel.io;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.Moments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Parallel reading is deterministic: a file cut into many ranges gives bit-identical moments and
 * tables with 1, 2 and 8 threads; and the first bad cell in file order is reported with its true
 * line and data row whichever thread reaches it first.
 */
class ParallelFoldTest {

    private static final List<String> COLUMNS = List.of("x1", "x2", "x3", "x4");
    /** Small ranges: the 3,000-row file is cut into about 40 of them. */
    private static final int RANGE = 2048;

    @TempDir
    Path dir;

    @Test
    void momentsAreBitIdenticalForAnyThreadCount() throws IOException {
        Path file = write(3000, -1);
        long[] one = bits(moments(file, 1));
        assertArrayEquals(one, bits(moments(file, 2)));
        assertArrayEquals(one, bits(moments(file, 8)));
        assertEquals(3000.0, moments(file, 8).observations());
    }

    @Test
    void tablesAreBitIdenticalForAnyThreadCountAndEqualTheCharacterPath() throws IOException {
        Path file = write(3000, -1);
        CsvDataReader reader = CsvDataReader.withDefaults().withRangeBytes(RANGE);
        DataTable sequential = reader.withThreads(1).read(file, COLUMNS);
        DataTable characters;
        try (var in = Files.newBufferedReader(file)) {
            characters = reader.read(in, file.toString(), COLUMNS);
        }
        for (int threads : new int[] {1, 2, 8}) {
            DataTable t = reader.withThreads(threads).read(file, COLUMNS);
            for (String c : COLUMNS) {
                assertArrayEquals(bits(characters.column(c)), bits(t.column(c)), c + ", " + threads + " threads");
                assertArrayEquals(bits(sequential.column(c)), bits(t.column(c)));
            }
        }
    }

    @Test
    void theFirstBadCellInFileOrderIsReportedAtItsTrueLine() throws IOException {
        Path file = write(3000, 2500);
        // a second bad cell earlier in the file wins: file line 901 is data row 899 (header, blank line)
        List<String> lines = Files.readAllLines(file);
        lines.set(900, lines.get(900).replaceFirst("^[^,]*", "oops"));
        Files.write(file, lines);
        for (int threads : new int[] {1, 2, 8}) {
            CsiDataException e = assertThrows(CsiDataException.class, () -> moments(file, threads));
            assertEquals(file + ", line 901 (data row 899), column 'x1': 'oops' is not a number", e.getMessage());
        }
    }

    @Test
    void aBadCellLateInTheFileNamesItsLine() throws IOException {
        Path file = write(3000, 2500);
        for (int threads : new int[] {1, 8}) {
            CsiDataException e = assertThrows(CsiDataException.class,
                    () -> CsvDataReader.withDefaults().withRangeBytes(RANGE).withThreads(threads).read(file, COLUMNS));
            assertEquals(file + ", line 2503 (data row 2501), column 'x3': 'n/a' is not a number", e.getMessage());
        }
    }

    @Test
    void aFoldThatRejectsARowNamesItsTruePlace() throws IOException {
        Path file = write(3000, -1);
        CsvFold<long[]> rejectLate = new CsvFold<>() {
            @Override
            public long[] start(List<String> columns) {
                return new long[1];
            }

            @Override
            public void row(long[] state, double[] values, String label, CsvPlace place) {
                if (values[3] == 2777) {
                    throw new CsiDataException(place.place() + ": rejected");
                }
            }

            @Override
            public long[] merge(long[] earlier, long[] later) {
                return earlier;
            }
        };
        CsiDataException e = assertThrows(CsiDataException.class, () -> CsvDataReader.withDefaults()
                .withRangeBytes(RANGE).withThreads(8).fold(file, h -> COLUMNS, null, rejectLate));
        assertEquals(file + ", line 2780 (data row 2778): rejected", e.getMessage());
    }

    /** A line break inside quotes late in the file: read on the character path, whatever the threads. */
    @Test
    void aQuotedLineBreakFallsBackToTheSequentialReadWithTheSameTable() throws IOException {
        Path file = write(3000, -1);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(2000, lines.get(2000).replaceFirst(",r[0-9]+$", ",\"two\nlines, \"\"quoted\"\"\""));
        Files.write(file, lines);
        DataTable characters;
        try (var in = Files.newBufferedReader(file)) {
            characters = CsvDataReader.withDefaults().read(in, file.toString(), COLUMNS);
        }
        assertEquals(3000, characters.rowCount());
        for (int threads : new int[] {1, 8}) {
            DataTable t = CsvDataReader.withDefaults().withRangeBytes(RANGE).withThreads(threads).read(file, COLUMNS);
            for (String c : COLUMNS) {
                assertArrayEquals(bits(characters.column(c)), bits(t.column(c)), c + ", " + threads + " threads");
            }
        }
    }

    private static Moments moments(Path file, int threads) {
        CsvFold<MomentAccumulator> fold = new CsvFold<>() {
            @Override
            public MomentAccumulator start(List<String> columns) {
                return MomentAccumulator.of(columns);
            }

            @Override
            public void row(MomentAccumulator state, double[] values, String label, CsvPlace place) {
                state.add(values);
            }

            @Override
            public MomentAccumulator merge(MomentAccumulator earlier, MomentAccumulator later) {
                return earlier.merge(later);
            }
        };
        return CsvDataReader.withDefaults().withRangeBytes(RANGE).withThreads(threads)
                .fold(file, h -> COLUMNS, null, fold).toMoments();
    }

    /**
     * Rows i = 0..n−1 (data row i + 1, on line i + 2, or i + 3 after the blank line): x4 = i, the others pseudo-random with 5 decimals; a blank line after
     * i = 100; 'n/a' in x3 at i = {@code bad}.
     */
    private Path write(int rows, int bad) throws IOException {
        Random random = new Random(7);
        StringBuilder s = new StringBuilder("x1,x2,x3,x4,note\n");
        for (int i = 0; i < rows; i++) {
            s.append(String.format(Locale.ROOT, "%.5f,%.5f,%s,%d,r%d%n", random.nextGaussian(), random.nextDouble() * 10,
                    i == bad ? "n/a" : String.format(Locale.ROOT, "%.2f", random.nextGaussian()), i, i));
            if (i == 100) {
                s.append('\n');
            }
        }
        Path file = dir.resolve("data.csv");
        Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static long[] bits(Moments m) {
        double[] all = new double[1 + m.size() + m.size() * m.size()];
        all[0] = m.observations();
        System.arraycopy(m.means(), 0, all, 1, m.size());
        System.arraycopy(m.covarianceMatrix(), 0, all, 1 + m.size(), m.size() * m.size());
        return bits(all);
    }

    private static long[] bits(double[] v) {
        return Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
