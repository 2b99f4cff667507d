package dev.csimodel.cli;

import dev.csimodel.CsiException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Arrays;

/**
 * Wires the {@code csi} commands with their output streams and the error policy: a
 * {@link CsiException} or a usage error prints one line naming the culprit and exits 2, anything
 * else exits 1; stack traces only with {@code --debug}.
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
        return commandLine(out, err, terminal, Arrays.asList(args).contains("--debug")).execute(args);
    }

    /** @return the configured command line, for callers that want picocli's API */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal, boolean debug) {
        Console console = new Console(out, err, terminal);
        CommandLine cl = new CommandLine(new CsiCommand(console))
                .addSubcommand("estimate", new EstimateCommand(console))
                .addSubcommand("model", new ModelCommand(console))
                .addSubcommand("compare", new CompareCommand(console))
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

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
