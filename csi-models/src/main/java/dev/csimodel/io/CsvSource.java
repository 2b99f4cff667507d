package dev.csimodel.io;

import dev.csimodel.Arguments;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowChunk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A CSV file as a {@link DataSource}: {@link #read} is {@link CsvDataReader#read(Path, List)}
 * (parallel byte ranges), {@link #stream} one sequential pass with {@link CsvRowStream} in
 * chunks, so memory stays constant whatever the size of the file. Parsing, missing-value codes
 * and messages (file, line, data row, column) are the reader's.
 */
public final class CsvSource implements DataSource {

    private final Path file;
    private final CsvDataReader reader;

    /**
     * @param file   the CSV file
     * @param reader the reader with the file's delimiter, encoding and missing-value codes
     */
    public CsvSource(Path file, CsvDataReader reader) {
        this.file = Arguments.requireNonNull(file, "file");
        this.reader = Arguments.requireNonNull(reader, "reader");
    }

    @Override
    public String description() {
        return file.toString();
    }

    @Override
    public List<String> columnNames() {
        return reader.header(file);
    }

    @Override
    public DataTable read(List<String> columns) {
        return reader.read(file, columns);
    }

    /** @throws dev.csimodel.CsiDataException naming file, line, data row and column of a bad cell */
    @Override
    public void stream(List<String> columns, Optional<String> group, Consumer<RowChunk> sink) {
        Arguments.requireNonNull(group, "group");
        Arguments.requireNonNull(sink, "sink");
        try (CsvRowStream rows = reader.stream(file, columns, group.orElse(null))) {
            int p = rows.columns().size();
            double[] values = new double[DEFAULT_CHUNK_ROWS * p];
            List<String> labels = new ArrayList<>();
            int n = 0;
            long first = 1;
            while (rows.hasNext()) {
                System.arraycopy(rows.next(), 0, values, n * p, p);
                group.ifPresent(g -> labels.add(rows.label()));
                if (++n == DEFAULT_CHUNK_ROWS) {
                    sink.accept(new RowChunk(description(), rows.columns(), values, n, first, labels));
                    first += n;
                    n = 0;
                    labels.clear();
                }
            }
            if (n > 0) {
                sink.accept(new RowChunk(description(), rows.columns(), values, n, first, labels));
            }
        }
    }
}
