package dev.csimodel.bench;

import dev.csimodel.analysis.study.Study;
import dev.csimodel.analysis.study.StudyAnalysis;
import dev.csimodel.analysis.study.StudyData;
import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.report.ReportFormat;
import dev.csimodel.report.StudyReport;
import dev.csimodel.result.HtmtCorrelations;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;

/**
 * What the study API costs over wiring the same quantities by hand, on the ECSI bank model
 * (250 × 27, scale 0-10): {@link #byHand} estimates, takes the 0-100 indices and the
 * importance-performance map; {@link #study} runs {@code StudyAnalysis.run} for the same (it
 * also screens every cell against the scale and scans for suspect missing-value codes);
 * {@link #studyToJson} adds the report with its quality criteria (reliabilities, HTMT, VIF, f²
 * with one reduced model per path) and the JSON writer, as {@code csi estimate --format json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StudyBenchmark {

    private PathModel model;
    private DataTable data;
    private Study study;
    private StudyData studyData;
    private IndicatorScales scales;

    @Setup
    public void setUp() {
        model = BundledData.ecsiBankModel();
        data = BundledData.bankSatisfaction().select(model.indicators());
        study = Study.builder(model).scale(Scale.ZERO_TO_TEN).build();
        studyData = StudyData.of("bank", data);
        scales = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
    }

    @Benchmark
    public double byHand() {
        PlsResult fit = PlsEstimator.withDefaults().estimate(model, data);
        CsiIndex index = CsiIndex.of(fit, scales);
        ImportancePerformance map = ImportancePerformance.constructs(fit, scales,
                ImportancePerformance.defaultTarget(model).orElseThrow());
        return index.requireIndex("SAT") + map.drivers().get(0).impact();
    }

    @Benchmark
    public double study() {
        StudyResult r = StudyAnalysis.run(study, studyData);
        return r.index("SAT").getAsDouble() + r.ipma().orElseThrow().drivers().get(0).impact();
    }

    @Benchmark
    public int studyToJson() {
        StudyResult r = StudyAnalysis.run(study, studyData);
        StringWriter text = new StringWriter();
        ReportFormat.JSON.writer().write(StudyReport.of(r, StudyReport.settings(study, "bank", "ECSI", null, null,
                HtmtCorrelations.ABSOLUTE)), new PrintWriter(text));
        return text.getBuffer().length();
    }
}
