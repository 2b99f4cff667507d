package dev.csimodel.report;

import dev.csimodel.CsiSpecificationException;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a report to a file safely. The file is never one of the inputs (compared after
 * resolving symbolic links and {@code ..}), and it is written to a temporary file in the same
 * folder that is then renamed over it, so that a failed write (a full disk, a report that throws)
 * leaves an existing report as it was and no temporary file behind. A device or pipe
 * ({@code /dev/stdout}) is written in place instead.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes a text report (UTF-8) to {@code output}.
     *
     * @param output the report file; an existing file is replaced, a symbolic link's target too
     * @param inputs the files the report is made from (data, model files); {@code output} must be
     *               none of them ({@code null} elements are skipped)
     * @param report writes the report; an exception it throws propagates after the temporary file
     *               is deleted, with {@code output} unchanged
     * @throws CsiSpecificationException naming the file if it is an input or cannot be written
     */
    public static void write(Path output, List<Path> inputs, Consumer<PrintWriter> report) {
        requireNotInput(output, inputs);
        Path target = resolved(output);
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            writeDevice(output, target, report);
            return;
        }
        Path temp = createTemp(output, target);
        try {
            writeTo(temp, report);
            move(temp, target);
        } catch (IOException e) {
            throw new CsiSpecificationException(output + ": cannot write the report: " + cause(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Writes a binary report (a workbook) to an output stream. */
    @FunctionalInterface
    public interface BinaryReport {

        /**
         * Writes the report.
         *
         * @param out the stream to write to; the caller closes it
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * As {@link #write}, for a binary report, which always goes to a file: never one of the
     * inputs, written to a temporary file renamed over {@code output}.
     *
     * @param output the report file; an existing file is replaced
     * @param inputs the files the report is made from; {@code output} must be none of them
     * @param report writes the report's bytes
     * @throws CsiSpecificationException naming the file if it is an input or cannot be written
     */
    public static void writeBinary(Path output, List<Path> inputs, BinaryReport report) {
        requireNotInput(output, inputs);
        Path target = resolved(output);
        Path temp = createTemp(output, target);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                report.writeTo(out);
            }
            move(temp, target);
        } catch (IOException e) {
            throw new CsiSpecificationException(output + ": cannot write the report: " + cause(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Checks that a report file is not one of the inputs, before anything is computed or written.
     *
     * @param output the report file; {@code null} (standard output) or a file that does not exist
     *               yet passes
     * @param inputs the files the report is made from ({@code null} elements are skipped)
     * @throws CsiSpecificationException naming both paths if {@code output} is the same file as
     *                                   one of {@code inputs}
     */
    public static void requireNotInput(Path output, List<Path> inputs) {
        inputAt(output, inputs).ifPresent(input -> {
            throw new CsiSpecificationException("the report file " + output + " is the input file " + input
                    + "; refusing to overwrite an input, choose another output file");
        });
    }

    /**
     * @param output the report file, or {@code null}
     * @param inputs the files the report is made from ({@code null} elements are skipped)
     * @return the input that {@code output} is (after resolving symbolic links and {@code ..}),
     *         if any; a caller that names the output its own way (an option) words the refusal
     */
    public static Optional<Path> inputAt(Path output, List<Path> inputs) {
        if (output == null || !Files.exists(output)) {
            return Optional.empty();
        }
        return inputs.stream().filter(input -> input != null && isSame(output, input)).findFirst();
    }

    private static boolean isSame(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** A symbolic link is followed, so that the report replaces its target, as a plain write would. */
    private static Path resolved(Path output) {
        try {
            return Files.exists(output) ? output.toRealPath() : output.toAbsolutePath();
        } catch (IOException e) {
            return output.toAbsolutePath();
        }
    }

    private static Path createTemp(Path output, Path target) {
        Path folder = target.getParent() == null ? Path.of(".") : target.getParent();
        if (Files.isDirectory(target)) {
            throw new CsiSpecificationException(output + ": cannot write the report: it is a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new CsiSpecificationException(output + ": cannot write the report: no folder " + folder);
        }
        try {
            return Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new CsiSpecificationException(output + ": cannot write the report: " + cause(e), e);
        }
    }

    private static void writeTo(Path temp, Consumer<PrintWriter> report) throws IOException {
        try (FailureKeepingWriter w = new FailureKeepingWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(w)) {
            report.accept(out);
            out.flush();
            w.rethrow();
            if (out.checkError()) {
                throw new IOException("write failed");
            }
        }
    }

    /** A device or pipe ({@code /dev/full}, {@code /dev/stdout}) is written in place: renaming over it would replace it. */
    private static void writeDevice(Path output, Path target, Consumer<PrintWriter> report) {
        try {
            writeTo(target, report);
        } catch (IOException e) {
            throw new CsiSpecificationException(output + ": cannot write the report: " + cause(e), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the report's own error (if any) is the one to show; a stray temp file is named by it
        }
    }

    /**
     * The words the messages of this class give for an I/O failure.
     *
     * @param e the failure
     * @return the operating system's words for {@code e} (e.g. "No space left on device"), with
     *         the exception's simple class name added when it is a subclass of {@link IOException}
     */
    public static String cause(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null ? kind : kind.equals("IOException") ? m : m + " (" + kind + ")";
    }

    /**
     * Keeps the first {@link IOException} that {@link PrintWriter} would swallow, so that the
     * message can say why the write failed.
     */
    private static final class FailureKeepingWriter extends FilterWriter {
        private IOException failure;

        FailureKeepingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            guard(() -> super.write(c));
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            guard(() -> super.write(cbuf, off, len));
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            guard(() -> super.write(str, off, len));
        }

        @Override
        public void flush() throws IOException {
            guard(super::flush);
        }

        private void guard(IoAction action) throws IOException {
            try {
                action.run();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
        }

        void rethrow() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
