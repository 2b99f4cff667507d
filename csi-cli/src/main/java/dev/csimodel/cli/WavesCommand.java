package dev.csimodel.cli;

import dev.csimodel.analysis.study.StudyRows;
import dev.csimodel.analysis.study.ScaleScreen;
import dev.csimodel.analysis.study.OutOfScalePolicy;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.analysis.waves.WaveAnalysis;
import dev.csimodel.analysis.waves.WaveSettings;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.report.WaveTable;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code csi waves}: indices per wave and their changes ({@link WaveAnalysis}). Options and wiring only. */
@Command(name = "waves", mixinStandardHelpOptions = true,
        description = {"Survey waves (the --wave column): each wave estimated on its own, its 0-100 indices, and the",
                "change since the previous wave with a bootstrap interval and a permutation p-value; path changes",
                "by permutation and MICOM per step. A change that is not significant is said to be so."})
final class WavesCommand implements Runnable {

    @Option(names = "--model", required = true, paramLabel = "FILE.model", description = "The model file.")
    Path model;

    @Option(names = "--wave", required = true, paramLabel = "COLUMN", description = "The column holding each row's wave.")
    String wave;

    @Option(names = "--order", paramLabel = "W1,W2,...", split = ",",
            description = "The waves in time order (default: the labels sorted, e.g. 2025Q4 before 2026Q1).")
    List<String> order;

    @Option(names = "--permutations", paramLabel = "N", defaultValue = "1000",
            description = "Permutations per step (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
            description = "Bootstrap replicates of each index change (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Mixin
    DataOptions data;

    @Mixin
    EstimationOptions estimation;

    @Mixin
    OutputOptions output;

    private final Console console;

    WavesCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        if (output.scale == null) {
            throw new CsiSpecificationException("waves needs --scale MIN:MAX, the questionnaire's answer range");
        }
        if (data.weights != null || data.missingStrategy != MissingStrategy.REJECT) {
            throw new CsiSpecificationException("--weights and --missing-strategy are not supported by waves yet; "
                    + "give complete, unweighted rows");
        }
        List<Path> inputs = data.inputsWith(model);
        ReportOutput.requireNotInput(output.output, inputs);
        Estimation run = new Estimation(console, estimation, Estimation.NO_BOOTSTRAP, data.handling(), output.scale,
                SegmentWeights.SEPARATE);
        PathModel parsed = ModelFile.read(model);
        GroupedData grouped = SurveyData.load(data, wave, List.of(parsed)).groups().orElseThrow();
        GroupedData checked = new GroupedData(ScaleScreen.apply(grouped.table(), parsed.indicators(), output.scale,
                OutOfScalePolicy.ERROR).table(), wave, grouped.labels());
        StudyRows.requireAllowed(checked.table().select(parsed.indicators()), data.missingStrategy,
                data.sourceName());
        List<String> waves = order != null ? order : grouped.groups().stream().sorted().toList();
        WaveSettings settings = WaveSettings.defaults().withPermutations(permutations).withReplicates(replicates)
                .withSeed(estimation.seed).withEstimation(run.settings());
        WaveTable report = WaveTable.of(data.sourceName(), WaveAnalysis.run(parsed, checked.table(),
                checked.labels(), waves, IndicatorScales.uniform(output.scale), settings));
        ReportOutput.write(console, output.output, inputs, out -> report.write(output.format, out));
    }
}
