package dev.csimodel.cli;

/**
 * Whether standard error goes to a terminal: progress bars are drawn only then, so that logs
 * and pipes never collect carriage-return noise.
 *
 * @param interactive true if a person is watching the terminal
 */
public record Terminal(boolean interactive) {

    /** @return the terminal of this JVM: interactive if {@link System#console()} exists */
    public static Terminal detect() {
        return new Terminal(System.console() != null);
    }

    /** @return a terminal that never shows progress (tests, pipes) */
    public static Terminal none() {
        return new Terminal(false);
    }
}
