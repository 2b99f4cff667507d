package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.io.jdbc.JdbcSource;
import dev.csimodel.io.parquet.ParquetFile;
import dev.csimodel.models.data.BundledData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reading the bank survey's 27 indicator columns (250 rows) into a {@link DataTable} through the
 * readers the command line uses for {@code jdbc:} URLs and {@code .parquet} files, each read
 * opening its own connection as {@code bin/csi} does: {@link #duckdbTable} from a DuckDB
 * database file, {@link #sqliteTable} from an in-memory SQLite database (shared cache, held open
 * by setup), {@link #parquetFile} from a Parquet file written by DuckDB's COPY. The tables and
 * the file are made once per trial in a temporary directory and not timed. DuckDB's in-memory
 * databases cannot be shared between connections, hence the file (which the OS keeps cached).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DatabaseReadBenchmark {

    private static final String SQLITE_URL = "jdbc:sqlite:file:csibench?mode=memory&cache=shared";

    private List<String> indicators;
    private Path dir;
    private Connection sqliteHolder;
    private JdbcSource duckdb;
    private JdbcSource sqlite;
    private ParquetFile parquet;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        DataTable bank = BundledData.bankSatisfaction();
        indicators = BundledData.ecsiBankModel().indicators();
        dir = Files.createTempDirectory("csi-bench-io");
        String duckdbUrl = "jdbc:duckdb:" + dir.resolve("bank.duckdb");
        try (Connection c = DriverManager.getConnection(duckdbUrl)) {
            fill(c, bank);
            try (Statement s = c.createStatement()) {
                s.execute("copy bank to '" + dir.resolve("bank.parquet") + "' (format parquet)");
            }
        }
        sqliteHolder = DriverManager.getConnection(SQLITE_URL);
        fill(sqliteHolder, bank);
        duckdb = JdbcSource.table(duckdbUrl, "bank", new Properties());
        sqlite = JdbcSource.table(SQLITE_URL, "bank", new Properties());
        parquet = ParquetFile.of(dir.resolve("bank.parquet"));
    }

    /** Table {@code bank}: every column of {@code bank} as a double. */
    private static void fill(Connection c, DataTable bank) throws SQLException {
        List<String> names = bank.columnNames();
        try (Statement s = c.createStatement()) {
            s.execute("create table bank (" + String.join(" double, ", names) + " double)");
        }
        String marks = String.join(", ", Collections.nCopies(names.size(), "?"));
        try (PreparedStatement p = c.prepareStatement("insert into bank values (" + marks + ")")) {
            for (int i = 0; i < bank.rowCount(); i++) {
                for (int j = 0; j < names.size(); j++) {
                    p.setDouble(j + 1, bank.value(i, j));
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
        sqliteHolder.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Benchmark
    public DataTable duckdbTable() {
        return duckdb.read(indicators);
    }

    @Benchmark
    public DataTable sqliteTable() {
        return sqlite.read(indicators);
    }

    @Benchmark
    public DataTable parquetFile() {
        return parquet.read(indicators);
    }
}
