package dev.csimodel.cli;

import dev.csimodel.models.national.IndexModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * {@code csi model NAME}: estimates a predefined national CSI model ({@link IndexModel}) with the
 * survey's columns bound to its constructs by {@code --map}.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Estimate a predefined national CSI model (scsb, acsi, acsi_government, ecsi, ecsi_complaints, ccsi).",
                "Bind its constructs to your columns with --map, e.g. --map 'SAT=sat1,sat2,sat3;CE=ce1,ce2'."})
final class ModelCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "NAME", description = "The model: ${COMPLETION-CANDIDATES}.")
    IndexModel model;

    @Option(names = "--map", required = true, paramLabel = "MAP", converter = ConstructMapConverter.class,
            description = "Construct-to-column binding: CONSTRUCT=col,col;CONSTRUCT=col,... "
                    + "Optional constructs (complaints) may be left out.")
    ConstructMapConverter.ConstructMap map;

    @Mixin
    EstimationRun common;

    private final Console console;

    ModelCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        String name = model.name() + " (" + model.title() + ", " + model.source() + ")";
        // a national model's Mode A blocks are its reflective constructs: PLSc corrects them
        boolean consistent = common.estimation.consistent;
        common.defaultTarget = model.satisfaction();
        common.execute(console, () -> consistent ? ModelFile.reflectiveAsCommonFactors(model.bind(map.bindings()))
                : model.bind(map.bindings()), name, List.of());
    }
}
