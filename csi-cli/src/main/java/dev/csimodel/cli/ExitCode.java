package dev.csimodel.cli;

/** The process exit codes of {@code csi}. */
final class ExitCode {

    /** Success. */
    static final int OK = 0;
    /** An unexpected internal error (a bug): the stack trace helps the maintainers. */
    static final int INTERNAL = 1;
    /** Bad input: options, files, model syntax or data. The message names the culprit. */
    static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
