package dev.csimodel.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code csi.jar}: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    /**
     * Runs {@code csi} with {@code args}; exits 0 on success, 2 on bad input, 1 on an internal error.
     *
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, out, err, Terminal.detect());
        out.flush();
        err.flush();
        System.exit(code);
    }
}
