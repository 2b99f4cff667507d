package dev.csimodel.examples;

import dev.csimodel.analysis.study.BootstrapPlan;
import dev.csimodel.analysis.study.Study;
import dev.csimodel.analysis.study.StudyAnalysis;
import dev.csimodel.analysis.study.StudyData;
import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.Scale;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.ReportFiles;
import dev.csimodel.report.ReportFormat;
import dev.csimodel.report.StudyReport;
import dev.csimodel.spec.PathModel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * How an application (a web service, a batch job) makes the same report as {@code csi estimate
 * --format html} without the command line: describe the study, run it, turn the result into
 * the report and hand it to a writer. The service would return {@link #render} as its response
 * body; {@link #main} writes it to a file the safe way (never over an input, atomically).
 */
public final class HtmlReportExample {

    private HtmlReportExample() {
    }

    /** Writes the HTML report of the bank study to the file named by {@code args[0]} (default bank-report.html). */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "bank-report.html");
        String html = render(ReportFormat.HTML, 500);
        ReportFiles.write(file, List.of(), out -> out.print(html));
    }

    /**
     * The ECSI bank study: 0-100 indices on the questionnaire's 0-10 scale, the
     * importance-performance map of satisfaction, and a bootstrap of paths, indices and impacts.
     */
    static Study study(int resamples) {
        PathModel model = BundledData.ecsiBankModel();
        BootstrapSettings boot = BootstrapSettings.defaults().withResamples(resamples).withSeed(7);
        return Study.builder(model).scale(Scale.ZERO_TO_TEN).ipmaTarget("SAT")
                .bootstrap(BootstrapPlan.percentile(boot)).build();
    }

    /** @return what the study finds on the bank survey */
    static StudyResult result(int resamples) {
        Study study = study(resamples);
        StudyData data = StudyData.of("bank survey", BundledData.bankSatisfaction().select(study.model().indicators()));
        return StudyAnalysis.run(study, data);
    }

    /** @return the report of the bank study in {@code format} (HTML page, JSON document, text) */
    public static String render(ReportFormat format, int resamples) {
        StudyResult result = result(resamples);
        EstimationReport report = StudyReport.of(result, StudyReport.settings(result.study(), "bank survey",
                "ECSI bank model", null, null, dev.csimodel.result.HtmtCorrelations.ABSOLUTE));
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            format.writer().write(report, out);
        }
        return text.toString();
    }
}
