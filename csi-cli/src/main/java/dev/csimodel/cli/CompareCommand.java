package dev.csimodel.cli;

import dev.csimodel.analysis.study.ScaleScreen;
import dev.csimodel.analysis.study.OutOfScalePolicy;
import dev.csimodel.report.ComparisonReport.CvpatEntry;
import dev.csimodel.report.ComparisonReport;
import dev.csimodel.report.ComparisonReport.ModelSummary;
import dev.csimodel.report.ComparisonReport.TargetFit;
import dev.csimodel.report.ReportBuilder;
import dev.csimodel.report.table.TableReport;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.predict.Cvpat;
import dev.csimodel.predict.CvpatResult;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.predict.IndicatorPrediction;
import dev.csimodel.predict.PlsPredict;
import dev.csimodel.predict.PredictionResult;
import dev.csimodel.predict.PredictionSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.QualityCriteria;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code csi compare}: estimates several model files on the same rows and tabulates their fit,
 * including PLSpredict's out-of-sample Q² (10-fold, seeded by {@code --seed}).
 * With listwise deletion, a row is dropped if any model's indicator is missing in it, so that
 * every model sees the same observations. PLSpredict runs on the rows without missing values
 * (imputed with mean replacement, complete rows otherwise) and ignores sampling weights.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare models on the same data: R2, AIC, BIC and Q2predict of the shared targets, GoF, SRMR",
                "(and indices with --scale). Q2predict is the mean over a target's indicators of PLSpredict",
                "(10 folds, seed --seed; Shmueli et al. 2019)."})
final class CompareCommand implements Runnable {

    @Option(names = "--model", required = true, paramLabel = "FILE.model",
            description = "A model file; give --model once per model (at least two).")
    List<Path> models;

    @Mixin
    DataOptions data;

    @Mixin
    EstimationOptions estimation;

    @Mixin
    OutputOptions output;

    private final Console console;

    CompareCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        if (models.size() < 2) {
            throw new CsiSpecificationException("compare needs at least two --model files, got " + models.size());
        }
        List<Path> inputs = new ArrayList<>(models);
        inputs.add(0, data.data);
        ReportOutput.requireNotInput(output.output, inputs);
        if (!output.figures.isEmpty()) {
            throw new CsiSpecificationException("--figure " + output.figures.get(0) + ": csi compare draws no figures;"
                    + " drop --figure");
        }
        Estimation run = new Estimation(console, estimation, Estimation.NO_BOOTSTRAP, data.handling(), output.scale, SegmentWeights.SEPARATE);
        List<PathModel> parsed = new ArrayList<>();
        models.forEach(m -> parsed.add(ModelFile.read(m)));
        for (int m = 0; m < parsed.size(); m++) {
            if (!parsed.get(m).higherOrderConstructs().isEmpty()) {
                throw new CsiSpecificationException(models.get(m) + ": construct '" + parsed.get(m)
                        .higherOrderConstructs().get(0).name() + "' is higher-order, which csi compare does not"
                        + " support yet; estimate the model with csi estimate --hoc");
            }
        }
        SurveyData survey = SurveyData.load(data, null, parsed);
        DataTable table = checkedScale(survey.table(), parsed);
        DataTable rows = data.missingStrategy == MissingStrategy.LISTWISE
                ? MissingValues.completeRows(table) : table;
        List<String> shared = sharedTargets(parsed);
        List<ModelSummary> summaries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        PlsPredict predict = new PlsPredict(run.settings(), PredictionSettings.defaults().withSeed(estimation.seed));
        for (int m = 0; m < parsed.size(); m++) {
            PlsResult fit = run.fit(parsed.get(m), rows, data.sourceName());
            String name = models.get(m).getFileName().toString();
            fit.diagnostics().forEach(d -> warnings.add(name + ": " + d.message()));
            Optional<CsiIndex> index = Optional.ofNullable(output.scale)
                    .map(s -> CsiIndex.of(fit, IndicatorScales.uniform(s)));
            PredictionResult predicted = predict.run(parsed.get(m), run.scoreRows(parsed.get(m), rows));
            summaries.add(summary(models.get(m).getFileName().toString(), fit, shared, index, predicted));
        }
        ComparisonReport report = new ComparisonReport(data.sourceName(), shared, summaries,
                cvpat(run, parsed, rows, warnings));
        if (output.format.filesOnly()) {
            TableFiles.write(console, output.format, output.output, inputs, TableReport.of(report));
        } else {
            ReportOutput.write(console, output.output, inputs, out -> output.format.writer().write(report, out));
        }
        Warnings.print(console, warnings, output.strict);
    }

    /**
     * CVPAT of every pair on the same rows (without missing values over both models'
     * indicators) and the same folds as Q2predict; a pair that cannot be tested gives a warning.
     */
    private List<CvpatEntry> cvpat(Estimation run, List<PathModel> parsed, DataTable rows, List<String> warnings) {
        Cvpat test = new Cvpat(run.settings(), PredictionSettings.defaults().withSeed(estimation.seed));
        List<CvpatEntry> out = new ArrayList<>();
        for (int a = 0; a < parsed.size(); a++) {
            for (int b = a + 1; b < parsed.size(); b++) {
                String na = models.get(a).getFileName().toString();
                String nb = models.get(b).getFileName().toString();
                Set<String> used = new LinkedHashSet<>(parsed.get(a).indicators());
                used.addAll(parsed.get(b).indicators());
                try {
                    CvpatResult r = test.compare(parsed.get(a), parsed.get(b), run.scoreRows(List.copyOf(used), rows));
                    out.add(new CvpatEntry(na, nb, r.indicators(), ReportBuilder.number(r.lossFirst()),
                            ReportBuilder.number(r.lossSecond()), ReportBuilder.number(r.meanDifference()),
                            ReportBuilder.number(r.tValue()), r.degreesOfFreedom(), ReportBuilder.number(r.pValue()),
                            ReportBuilder.number(r.pValueFirstBetter())));
                } catch (CsiException e) {
                    warnings.add("CVPAT " + na + " vs " + nb + ": " + e.getMessage());
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static List<String> sharedTargets(List<PathModel> models) {
        List<String> shared = new ArrayList<>(models.get(0).endogenous());
        models.forEach(m -> shared.retainAll(m.endogenous()));
        return shared;
    }

    /** Every cell of every model's indicators checked against --scale, with the file's row numbers. */
    private DataTable checkedScale(DataTable table, List<PathModel> parsed) {
        if (output.scale == null) {
            return table;
        }
        if (output.outOfScale == OutOfScalePolicy.MISSING) {
            throw new CsiSpecificationException("--out-of-scale missing is not supported by compare, whose report "
                    + "has no place to count the cells; blank them in the data or use estimate");
        }
        Set<String> used = new LinkedHashSet<>();
        parsed.forEach(m -> used.addAll(m.indicators()));
        return ScaleScreen.apply(table, List.copyOf(used), output.scale, OutOfScalePolicy.ERROR).table();
    }

    private static ModelSummary summary(String name, PlsResult fit, List<String> shared, Optional<CsiIndex> index,
                                        PredictionResult predicted) {
        QualityCriteria q = fit.quality();
        List<TargetFit> targets = new ArrayList<>();
        for (String t : shared) {
            targets.add(new TargetFit(t, ReportBuilder.number(fit.rSquared(t)), ReportBuilder.number(fit.adjustedRSquared(t)),
                    ReportBuilder.number(q.aic(t)), ReportBuilder.number(q.bic(t)), meanQ2predict(predicted, t),
                    index.map(i -> ReportBuilder.number(i.index(t))).orElse(null)));
        }
        return new ModelSummary(name, Math.round(fit.observations()), fit.converged(),
                ReportBuilder.number(q.gof()), ReportBuilder.number(fit.fit().srmrSaturated()), targets);
    }

    /** A construct-level summary of PLSpredict: the mean Q²predict of the construct's indicators. */
    private static Double meanQ2predict(PredictionResult predicted, String construct) {
        return ReportBuilder.number(predicted.construct(construct).stream()
                .mapToDouble(IndicatorPrediction::q2predict).average().orElse(Double.NaN));
    }
}
