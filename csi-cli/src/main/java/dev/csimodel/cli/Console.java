package dev.csimodel.cli;

import java.io.PrintWriter;

/**
 * The streams a command writes to, handed down from {@link Cli} so that tests can capture them.
 *
 * @param out      reports and help
 * @param err      errors and progress
 * @param terminal whether {@code err} is an interactive terminal
 */
record Console(PrintWriter out, PrintWriter err, Terminal terminal) {
}
