package dev.csimodel.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
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
        // not System.out: a PrintStream swallows write errors, and a failed report must be seen
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)), true);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, out, err, Terminal.detect());
        out.flush();
        err.flush();
        System.exit(code);
    }
}
