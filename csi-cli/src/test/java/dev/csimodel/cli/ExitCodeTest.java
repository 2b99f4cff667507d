package dev.csimodel.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The error policy of {@link Cli}: a bug exits 1 with a hint, its stack trace only with --debug. */
class ExitCodeTest {

    /** A command with a bug, to reach the handler for unexpected exceptions. */
    @Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("index 3 out of bounds");
        }
    }

    private static int execute(boolean debug, StringWriter err) {
        CommandLine cl = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true), Terminal.none(), debug);
        cl.addSubcommand("boom", new Boom());
        return debug ? cl.execute("boom", "--debug") : cl.execute("boom");
    }

    @Test
    void internalErrorExitsOneWithoutStackTrace() {
        StringWriter err = new StringWriter();
        assertEquals(1, execute(false, err));
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().contains("internal error") && err.toString().contains("index 3 out of bounds"), err::toString);
        assertTrue(err.toString().contains("--debug"), err::toString);
    }

    @Test
    void internalErrorWithDebugPrintsTheStackTrace() {
        StringWriter err = new StringWriter();
        assertEquals(1, execute(true, err));
        assertTrue(err.toString().contains("\tat dev.csimodel.cli.ExitCodeTest$Boom.run"), err::toString);
        assertFalse(err.toString().contains("run with --debug"), err::toString);
    }

    @Test
    void successExitsZero() {
        assertEquals(0, CliRun.run("--version").exitCode());
        assertEquals(0, CliRun.run("demo").exitCode());
    }
}
