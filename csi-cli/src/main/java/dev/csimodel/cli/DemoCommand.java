package dev.csimodel.cli;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.national.IndexModel;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.table.TableReport;
import dev.csimodel.report.ReportFormat;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code csi demo}: the ECSI model on the bundled bank survey (plspm's {@code satisfaction}),
 * with 0-100 indices on its 0-10 questionnaire scale.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Estimate the ECSI model on the bundled bank survey (250 customers, 0-10 scale) with indices.")
final class DemoCommand implements Runnable {

    private static final String DATA_NAME = "bundled ECSI bank survey (R plspm 'satisfaction', 250 customers)";

    @Option(names = "--by-gender", description = "Also estimate the model for women and men separately.")
    boolean byGender;

    @Option(names = "--format", paramLabel = "text|json|html|markdown|latex|csv|xlsx", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    private final Console console;

    DemoCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        Estimation run = new Estimation(console, new EstimationOptions(), Estimation.NO_BOOTSTRAP, DataHandling.defaults(), Scale.ZERO_TO_TEN,
                SegmentWeights.SEPARATE).ipmaTarget(Optional.of(IndexModel.ECSI.satisfaction())); // the ECSI model's SAT
        PathModel model = BundledData.ecsiBankModel();
        DataTable data = BundledData.bankSatisfaction();
        Optional<GroupedData> groups = byGender ? Optional.of(byGender(data)) : Optional.empty();
        EstimationReport report = run.report(model, new SurveyData(DATA_NAME, data, groups),
                run.reportSettings(model, DATA_NAME, "ECSI (European Customer Satisfaction Index), bank model",
                        null, byGender ? BundledData.GENDER : null));
        if (format.filesOnly()) {
            TableFiles.write(console, format, output, List.of(), TableReport.of(report));
        } else {
            ReportOutput.write(console, output, List.of(), out -> format.writer().write(report, out));
        }
        Warnings.print(console, Warnings.of(report), false);
    }

    private static GroupedData byGender(DataTable data) {
        Map<Integer, String> names = BundledData.genderLabels();
        List<String> labels = new ArrayList<>();
        for (double code : data.column(BundledData.GENDER)) {
            labels.add(names.get((int) code));
        }
        return new GroupedData(data, BundledData.GENDER, labels);
    }
}
