package dev.csimodel.cli;

import dev.csimodel.models.kano.KanoAnalysis;
import dev.csimodel.models.kano.KanoAnswerFile;
import dev.csimodel.report.KanoTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code csi kano}: Kano categories and Better/Worse per attribute. Options and wiring only. */
@Command(name = "kano", mixinStandardHelpOptions = true,
        description = {"Kano classification (Berger et al. 1993): per attribute, the functional and dysfunctional",
                "answers of each respondent (columns <attribute>_f and <attribute>_d, codes 1-5 or names: like,",
                "must-be, neutral, live-with, dislike) give a category; the report counts them and gives Better/Worse."})
final class KanoCommand implements Runnable {

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "Answers, one line per respondent, columns <attribute>_f and <attribute>_d.")
    Path data;

    @Mixin
    TableOutputOptions output;

    private final Console console;

    KanoCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        ReportOutput.requireNotInput(output.output, List.of(data));
        KanoTable report = KanoTable.of(data.toString(), KanoAnalysis.analyzeAll(KanoAnswerFile.read(data)).results());
        ReportOutput.write(console, output.output, List.of(data), out -> report.write(output.format, out));
    }
}
