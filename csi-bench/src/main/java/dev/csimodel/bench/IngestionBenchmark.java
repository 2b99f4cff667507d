package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.Moments;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.io.CsvFold;
import dev.csimodel.io.CsvPlace;
import dev.csimodel.io.CsvRowStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CSV ingestion, file to moments or to an in-memory table, on the two files of issue #11 in
 * small: {@code float} is the simulated ACSI layout (15 indicators with 5 decimals,
 * {@link AcsiFloatGenerator}; 200,000 rows, 25 MB), {@code integer} the bank layout (27
 * answers 1-10, {@link CsvGenerator}; 400,000 rows, 23 MB). The files are written once per
 * trial to a temporary directory (so they are in the page cache: this measures parsing, not
 * the disk).
 *
 * <ul>
 *   <li>{@code moments}: the parallel byte path into one {@code MomentAccumulator} per range,
 *       merged in order ({@link CsvDataReader#fold}), on {@code threads} threads;</li>
 *   <li>{@code table}: the parallel byte path into column arrays ({@link CsvDataReader#read});</li>
 *   <li>{@code characterPath}: the previous reader, Commons CSV over a decoding Reader, row by row
 *       ({@link CsvDataReader#stream}) into one accumulator: the baseline (one thread whatever
 *       {@code threads} says).</li>
 * </ul>
 * MB/s = file size / time per operation; rows/s = rows / time per operation. The sizes are
 * printed at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class IngestionBenchmark {

    /** Rows of the float file. */
    static final int FLOAT_ROWS = 200_000;
    /** Rows of the integer file. */
    static final int INTEGER_ROWS = 400_000;

    @Param({"float", "integer"})
    public String file;

    @Param({"1", "2"})
    public int threads;

    private Path dir;
    private Path csv;
    private List<String> columns;
    private CsvDataReader reader;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("csi-ingest");
        csv = dir.resolve(file + ".csv");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16)) {
            if (file.equals("float")) {
                AcsiFloatGenerator.write(out, FLOAT_ROWS, 42L);
                columns = AcsiFloatGenerator.INDICATORS;
            } else {
                CsvGenerator.write(out, INTEGER_ROWS, 42L);
                columns = SyntheticSurvey.indicatorNames();
            }
        }
        reader = CsvDataReader.withDefaults().withThreads(threads);
        System.out.printf("%n%s: %d bytes, %d rows%n", csv.getFileName(), Files.size(csv),
                file.equals("float") ? FLOAT_ROWS : INTEGER_ROWS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public Moments moments() {
        return reader.fold(csv, header -> columns, null, new MomentFold()).toMoments();
    }

    @Benchmark
    public DataTable table() {
        return reader.read(csv, columns);
    }

    @Benchmark
    public Moments characterPath() {
        try (CsvRowStream rows = reader.stream(csv, columns, null)) {
            return MomentAccumulator.accumulate(rows.columns(), rows).toMoments();
        }
    }

    /** One accumulator per range, merged in file order. */
    static final class MomentFold implements CsvFold<MomentAccumulator> {
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
    }
}
