package dev.csimodel.io.parquet;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowChunk;
import dev.csimodel.io.jdbc.JdbcSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * An Apache Parquet file (Apache Parquet format specification, parquet-format) as a
 * {@link DataSource}. DuckDB's embedded engine, in memory and private to each call, reads it:
 * {@code select "q1", "q2" from read_parquet(?)} decodes only the column chunks of the model's
 * columns (projection), and the rows come through a JDBC cursor in chunks of
 * {@link JdbcSource#DEFAULT_FETCH_SIZE}, so memory does not grow with the file when streaming.
 * Numeric physical and logical types (INT32, INT64, FLOAT, DOUBLE, DECIMAL) are read as doubles,
 * null as missing; a text, boolean or date value in a used column is an error naming file, row
 * and column. A truncated file or one without the {@code PAR1} magic bytes is a
 * {@link CsiDataException} naming the file.
 */
public final class ParquetFile implements DataSource {

    private final Path file;
    private final JdbcSource engine;

    private ParquetFile(Path file, JdbcSource engine) {
        this.file = file;
        this.engine = engine;
    }

    /**
     * @param file a Parquet file
     * @return the file as a source; nothing is read until a method asks
     * @throws CsiDataException if the file does not exist, does not begin and end with the
     *                          magic bytes {@code PAR1} (or {@code PARE}, an encrypted footer), or
     *                          its name holds a wildcard ({@code * ? [}), which the engine would
     *                          expand to other files
     */
    public static ParquetFile of(Path file) {
        Arguments.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new CsiDataException(file + ": no such file");
        }
        String name = file.toString();
        if (name.contains("*") || name.contains("?") || name.contains("[")) {
            throw new CsiDataException(file + ": a Parquet file name may not contain *, ? or [ (they would be read as a pattern)");
        }
        requireMagic(file);
        requireEngine(file);
        JdbcSource engine = JdbcSource.query("jdbc:duckdb:", "select * from read_parquet(?)", new Properties())
                .withParameters(List.of(name)).withDescription(name);
        return new ParquetFile(file, engine);
    }

    /** A command-line jar built without DuckDB (to save 85 MB) must say what is missing, not "no suitable driver". */
    private static void requireEngine(Path file) {
        try {
            Class.forName("org.duckdb.DuckDBDriver", false, ParquetFile.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new CsiDataException(file + ": reading Parquet needs DuckDB's JDBC driver (org.duckdb:duckdb_jdbc) "
                    + "on the class path, and it is not there");
        }
    }

    /**
     * The format puts the 4-byte magic at both ends; the engine checks only the end (the footer
     * is read from there), so a damaged start is caught here, before any row is trusted.
     */
    private static void requireMagic(Path file) {
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            long size = in.size();
            if (size < 12) {
                throw new CsiDataException(file + ": not a Parquet file (" + size + " bytes; a Parquet file has at least 12)");
            }
            String head = magic(in, 0);
            String tail = magic(in, size - 4);
            if (!isMagic(head) || !isMagic(tail)) {
                throw new CsiDataException(file + ": not a Parquet file (no PAR1 magic bytes at its "
                        + (isMagic(head) ? "end" : "start") + ")");
            }
        } catch (IOException e) {
            throw new CsiDataException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static String magic(SeekableByteChannel in, long at) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4);
        in.position(at);
        while (buffer.hasRemaining() && in.read(buffer) >= 0) {
            // read until the four bytes are in
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }

    private static boolean isMagic(String bytes) {
        return bytes.equals("PAR1") || bytes.equals("PARE");
    }

    /** @return the file this reads */
    public Path path() {
        return file;
    }

    @Override
    public String description() {
        return file.toString();
    }

    /** @throws CsiDataException naming the file if it is not a readable Parquet file */
    @Override
    public List<String> columnNames() {
        return engine.columnNames();
    }

    @Override
    public DataTable read(List<String> columns) {
        return engine.read(columns);
    }

    @Override
    public void stream(List<String> columns, Optional<String> group, Consumer<RowChunk> sink) {
        engine.stream(columns, group, sink);
    }
}
