package dev.csimodel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: {@code csi <subcommand>}. */
@Command(name = "csi", mixinStandardHelpOptions = true, versionProvider = CsiVersion.class,
        description = "Customer satisfaction index modelling: PLS path models, national CSI models, 0-100 indices.",
        subcommands = CommandLine.HelpCommand.class)
final class CsiCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    private boolean debug;

    private final Console console;

    CsiCommand(Console console) {
        this.console = console;
    }

    /** Without a command nothing was done: the usage goes to standard error and the exit code is 2. */
    @Override
    public Integer call() {
        console.err().println("csi: no command given");
        spec.commandLine().usage(console.err());
        console.err().flush();
        return ExitCode.BAD_INPUT;
    }
}
