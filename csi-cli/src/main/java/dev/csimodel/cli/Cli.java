package dev.csimodel.cli;

import dev.csimodel.CsiException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * Wires the {@code csi} commands with their output streams and the error policy: a
 * {@link CsiException} or a usage error prints one line naming the culprit and exits 2, anything
 * else exits 1; stack traces only with {@code --debug}. Also exit 2: an {@link OutOfMemoryError}
 * (one line with the ways out) and a standard output that could not be written.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs one command line.
     *
     * @param args     the arguments after {@code csi}
     * @param out      where reports and help go
     * @param err      where errors and progress go
     * @param terminal whether {@code err} is an interactive terminal (for progress bars)
     * @return the exit code: 0 success, 2 bad input, 1 internal error
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        boolean debug = Arrays.asList(args).contains("--debug");
        int code = guarded(() -> commandLine(out, err, terminal, debug).execute(args), err);
        return checkedOut(code, out, err);
    }

    /**
     * Runs {@code command}, turning an {@link OutOfMemoryError} into one line with the ways out
     * (exit 2: the input is too large for the heap given, which the user can change; not a bug).
     */
    static int guarded(IntSupplier command, PrintWriter err) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            err.println("csi: out of memory (" + oneLine(e.getMessage()) + "): use --streaming for large files, fewer "
                    + "--bootstrap resamples, or a larger heap, e.g. CSI_JAVA_OPTS=-Xmx4g");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
    }

    /**
     * A report or help that could not be written to standard output (a full disk, a closed pipe,
     * {@code >/dev/full}) must not end with exit 0: exit 2 with one line on standard error.
     */
    static int checkedOut(int code, PrintWriter out, PrintWriter err) {
        if (!out.checkError()) {
            return code;
        }
        err.println("csi: cannot write to standard output");
        err.flush();
        return code == ExitCode.OK ? ExitCode.BAD_INPUT : code;
    }

    /**
     * @param debug true to print stack traces of unexpected errors
     * @param err where warnings and errors go (standard error)
     * @param out where reports and help go (standard output)
     * @param terminal the terminal, for the progress bar (or none)
     * @return the configured command line, for callers that want picocli's API
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal, boolean debug) {
        Console console = new Console(out, err, terminal);
        CommandLine cl = new CommandLine(new CsiCommand(console))
                .addSubcommand("estimate", new EstimateCommand(console))
                .addSubcommand("model", new ModelCommand(console))
                .addSubcommand("compare", new CompareCommand(console))
                .addSubcommand("rollup", new RollupCommand(console))
                .addSubcommand("kano", new KanoCommand(console))
                .addSubcommand("ahp", new AhpCommand(console))
                .addSubcommand("predict", new PredictCommand(console))
                .addSubcommand("fit", new FitCommand(console))
                .addSubcommand("waves", new WavesCommand(console))
                .addSubcommand("segments", new SegmentsCommand(console))
                .addSubcommand("demo", new DemoCommand(console));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, args) -> {
            err.println("csi: " + oneLine(e.getMessage()));
            err.println("Try 'csi " + e.getCommandLine().getCommandName() + " --help' for the options.");
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CsiException) {
                err.println("csi: " + oneLine(e.getMessage()));
            } else {
                err.println("csi: internal error: " + oneLine(String.valueOf(e))
                        + (debug ? "" : " (run with --debug for the stack trace)"));
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof CsiException ? ExitCode.BAD_INPUT : ExitCode.INTERNAL;
        });
        return cl;
    }

    /** Longest message printed whole; a longer one (e.g. quoting a 1 GB header) is cut. */
    static final int MAX_MESSAGE = 500;

    /**
     * @return {@code message} on one line, cut after {@link #MAX_MESSAGE} characters with
     *         "…" and its full length, so that no input can make a line of unbounded length
     */
    static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String head = message.length() > 4 * MAX_MESSAGE ? message.substring(0, 4 * MAX_MESSAGE) : message;
        String line = head.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (line.length() <= MAX_MESSAGE && head.length() == message.length()) {
            return line;
        }
        return line.substring(0, Math.min(line.length(), MAX_MESSAGE)) + "… (message of " + message.length()
                + " characters cut)";
    }
}
