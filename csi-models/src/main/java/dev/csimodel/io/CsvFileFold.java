package dev.csimodel.io;

import dev.csimodel.CsiDataException;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One read of a CSV file into a {@link RangeSink}: on the byte path ({@link ByteLayout},
 * {@link ParallelCsv}) when the file allows it, else sequentially on the character path
 * ({@link DecodingReader}, {@link CsvScan}), which then gives the values and messages. Which
 * path a file takes depends on the file alone (its encoding, quotes, line ends), never on the
 * thread count.
 */
final class CsvFileFold {

    private final CsvOptions options;
    private final int threads;
    private final int rangeBytes;

    CsvFileFold(CsvOptions options, int threads, int rangeBytes) {
        this.options = options;
        this.threads = threads;
        this.rangeBytes = rangeBytes;
    }

    <S> S fold(Path file, Function<List<String>, List<String>> columns, String groupColumn, RangeSink<S> sink) {
        String source = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = head(channel, size);
            Optional<ByteLayout> layout = ByteLayout.of(head, size, source, options, columns, groupColumn);
            if (layout.isPresent()) {
                Optional<S> out = new ParallelCsv<>(channel, size, layout.get(), sink, rangeBytes).run(threads);
                if (out.isPresent()) {
                    return out.get();
                }
            }
        } catch (NoSuchFileException e) {
            throw new CsiDataException(file + ": no such file");
        } catch (IOException e) {
            throw new CsiDataException(file + ": cannot read the file (" + e + ")", e);
        }
        return sequential(file, columns, groupColumn, sink);
    }

    private <S> S sequential(Path file, Function<List<String>, List<String>> columns, String groupColumn,
                             RangeSink<S> sink) {
        try (Reader in = new DecodingReader(java.nio.file.Files.newInputStream(file), file.toString(),
                options.encoding())) {
            return sequential(in, file.toString(), columns, groupColumn, sink);
        } catch (IOException e) {
            throw new CsiDataException(file + ": cannot read the file (" + e + ")", e);
        }
    }

    /** The character path: one state for the whole input, rows in order. */
    <S> S sequential(Reader in, String source, Function<List<String>, List<String>> columns, String groupColumn,
                     RangeSink<S> sink) {
        CsvScan scan = new CsvScan(in, source, options);
        scan.start(columns, groupColumn);
        S state = sink.start(scan.columns());
        double[] values = new double[scan.columns().size()];
        CsvPlace place = scan::place;
        while (scan.nextRow(values)) {
            sink.row(state, values, scan.label(), place);
        }
        scan.requireRows();
        return state;
    }

    private static byte[] head(FileChannel channel, long size) throws IOException {
        byte[] head = new byte[(int) Math.min(size, ByteLayout.HEAD_BYTES)];
        ByteBuffer buffer = ByteBuffer.wrap(head);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // positional reads until the head is full
        }
        return head;
    }
}
