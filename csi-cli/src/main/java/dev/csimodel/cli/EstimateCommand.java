package dev.csimodel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code csi estimate}: estimates a model file on a CSV file and writes the report. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate a PLS path model (lavaan-style model file) on a CSV data file.")
final class EstimateCommand implements Runnable {

    @Option(names = "--model", required = true, paramLabel = "FILE.model",
            description = "Model file, e.g. 'SAT =~ sat1 + sat2' blocks and 'SAT ~ QUAL + VAL' paths.")
    Path model;

    @Option(names = "--interaction", paramLabel = "two-stage|product-indicator|orthogonal",
            converter = InteractionOption.Converter.class,
            description = "How interaction terms ('SAT ~ IMAG + VAL + IMAG:VAL') are estimated: two-stage (default),"
                    + " product-indicator or orthogonal (seminr's methods).")
    InteractionOption interaction = InteractionOption.TWO_STAGE;

    @Mixin
    EstimationRun common;

    private final Console console;

    EstimateCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        common.execute(console, () -> ModelFile.read(model), model.toString(), List.of(model), interaction);
    }
}
