package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.hierarchy.HigherOrderMethod;
import picocli.CommandLine;
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

    @Option(names = "--hoc", paramLabel = "repeated|embedded|disjoint", converter = HocConverter.class,
            description = "How higher-order constructs (QV =~ QUAL + VAL) are estimated: repeated indicators, "
                    + "embedded or disjoint two-stage (default disjoint: a two-stage approach suits an endogenous "
                    + "formative higher-order construct too; disjoint is seminr's two_stage).")
    HigherOrderMethod hoc = HigherOrderMethod.DISJOINT_TWO_STAGE;

    @Option(names = "--interaction", paramLabel = "two-stage|product-indicator|orthogonal",
            converter = InteractionOption.Converter.class,
            description = "How interaction terms ('SAT ~ IMAG + VAL + IMAG:VAL') are estimated: two-stage (default),"
                    + " product-indicator or orthogonal (seminr's methods).")
    InteractionOption interaction = InteractionOption.TWO_STAGE;

    @Option(names = "--ordinal", arity = "0..1", fallbackValue = OrdinalRun.ALL, paramLabel = "IND,IND,...",
            description = "Ordinal PLS (Schuberth, Henseler and Dijkstra 2018, as cSEM): treat every indicator, or"
                    + " the listed ones, as ordinal and estimate on polychoric (and polyserial) correlations"
                    + " instead of Pearson ones; with --consistent, ordinal PLSc. No scores or 0-100 indices.")
    String ordinal;

    @Option(names = "--ordinal-smoothing",
            description = "With --ordinal: smooth a polychoric matrix that is not positive definite (eigenvalue"
                    + " clipping, reported as a warning) instead of stopping with exit code 2.")
    boolean ordinalSmoothing;

    @Mixin
    EstimationRun common;

    private final Console console;

    /** Reads the short names of {@link HigherOrderMethod}. */
    static final class HocConverter implements CommandLine.ITypeConverter<HigherOrderMethod> {
        @Override
        public HigherOrderMethod convert(String value) {
            return switch (value) {
                case "repeated" -> HigherOrderMethod.REPEATED_INDICATORS;
                case "embedded" -> HigherOrderMethod.EMBEDDED_TWO_STAGE;
                case "disjoint" -> HigherOrderMethod.DISJOINT_TWO_STAGE;
                default -> throw new CommandLine.TypeConversionException("expected repeated, embedded or disjoint but found '"
                        + value + "'");
            };
        }
    }

    EstimateCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        common.higherOrder = hoc;
        if (ordinalSmoothing && ordinal == null) {
            throw new CsiSpecificationException("--ordinal-smoothing needs --ordinal");
        }
        common.ordinal = ordinal == null ? null : new OrdinalRun(ordinal, ordinalSmoothing);
        common.execute(console, () -> ModelFile.read(model), model.toString(), List.of(model), interaction);
    }
}
