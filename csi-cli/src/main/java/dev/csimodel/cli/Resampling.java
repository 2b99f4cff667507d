package dev.csimodel.cli;

import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.BootstrapStatistic;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.data.DataTable;
import dev.csimodel.groups.BootstrapGroupComparison;
import dev.csimodel.groups.BootstrapGroupResult;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.index.IndexBootstrap;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.report.BootstrapEntry;
import dev.csimodel.report.ConstructEntry;
import dev.csimodel.report.DiagnosticEntry;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.Inference;
import dev.csimodel.report.PathEntry;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.csimodel.report.ReportBuilder.number;

/**
 * Runs the {@code --bootstrap} and puts its results on the report's paths and, with
 * {@code --scale}, on the constructs' 0-100 indices.
 */
final class Resampling {

    private final Console console;
    private final BootstrapOptions options;
    private final long seed;

    Resampling(Console console, BootstrapOptions options, long seed) {
        this.console = console;
        this.options = options;
        this.seed = seed;
    }

    /**
     * @param scale the questionnaire scale; when present the 0-100 indices are bootstrapped too,
     *              and resamples in which an outer weight turns non-positive (no index) count as
     *              failed for every statistic
     * @param handling the weights: each resampled row carries its weight (see
     *                 {@link Bootstrap#run(PathModel, DataTable, DataHandling, dev.csimodel.bootstrap.BootstrapListener)})
     * @return the bootstrap of {@code model} on {@code rows} (without missing values), with a progress bar
     */
    BootstrapResult run(PlsSettings settings, PathModel model, DataTable rows, DataHandling handling,
                        Optional<Scale> scale) {
        return run(settings, model, rows, handling, scale, List.of());
    }

    /**
     * As {@link #run(PlsSettings, PathModel, DataTable, DataHandling, Optional)}, with further
     * statistics (the ACSI impacts, {@link ImpactBootstrap}) computed on the same resamples.
     */
    BootstrapResult run(PlsSettings settings, PathModel model, DataTable rows, DataHandling handling,
                        Optional<Scale> scale, List<BootstrapStatistic> extra) {
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(options.resamples).withSeed(seed)
                .withIntervals(IntervalMethod.PERCENTILE, options.interval().method());
        if (options.threads != null) {
            bs = bs.withThreads(options.threads);
        }
        try (ProgressBar bar = new ProgressBar(console, "bootstrap", options.resamples)) {
            List<BootstrapStatistic> indices = new ArrayList<>(scale
                    .map(sc -> List.of(IndexBootstrap.statistic(model, IndicatorScales.uniform(sc))))
                    .orElse(List.of()));
            indices.addAll(extra);
            return new Bootstrap(new PlsEstimator(settings), bs, indices).run(model, rows, handling,
                    (done, total) -> bar.update(done));
        }
    }

    /** @return {@code report} with each path's bootstrap mean, SE, t, p and interval */
    EstimationReport attach(EstimationReport report, BootstrapResult boot) {
        List<PathEntry> paths = new ArrayList<>();
        for (PathEntry p : report.paths()) {
            BootstrapEstimate e = boot.path(p.from(), p.to());
            Optional<Interval> ci = e.findInterval(options.interval().method());
            paths.add(p.withBootstrap(number(e.mean()), number(e.stdError()), number(e.tValue()), number(e.pValue()),
                    ci.map(i -> number(i.lower())).orElse(null), ci.map(i -> number(i.upper())).orElse(null)));
        }
        BootstrapEntry summary = new BootstrapEntry(boot.requested(), boot.attempted(), boot.used(), boot.failed(),
                boot.nonConverged(), boot.discarded(), boot.intervalsWithheld(), boot.settings().confidenceLevel());
        EstimationReport out = report.withBootstrap(paths, summary).withConstructs(indices(report, boot))
                .withDiagnostics(failureWarnings(boot, summary));
        return Inference.withBootstrap(out, boot, options.interval().method());
    }

    /**
     * @return the bootstrap multi-group tests of {@code groups} (each group's rows without missing
     *         values, as for its own estimate), {@code --bootstrap} resamples per group
     */
    BootstrapGroupResult groupTests(PlsSettings settings, PathModel model, List<String> labels, List<DataTable> groups) {
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(options.resamples).withSeed(seed)
                .withIntervals(IntervalMethod.PERCENTILE);
        if (options.threads != null) {
            bs = bs.withThreads(options.threads);
        }
        List<String> columns = model.indicators();
        int total = groups.stream().mapToInt(DataTable::rowCount).sum();
        double[][] data = new double[columns.size()][total];
        String[] rowLabels = new String[total];
        int offset = 0;
        for (int g = 0; g < groups.size(); g++) {
            DataTable t = groups.get(g);
            for (int j = 0; j < columns.size(); j++) {
                System.arraycopy(t.column(columns.get(j)), 0, data[j], offset, t.rowCount());
            }
            java.util.Arrays.fill(rowLabels, offset, offset + t.rowCount(), labels.get(g));
            offset += t.rowCount();
        }
        return new BootstrapGroupComparison(settings, bs).compare(model, DataTable.ofColumns(columns, data), rowLabels);
    }

    /** Share of discarded attempts above which the report warns. */
    static final double WARN_FAILURE_SHARE = 0.05;

    /** A BOOTSTRAP_FAILURES warning when more than 5% of the attempts could not be used. */
    static List<DiagnosticEntry> failureWarnings(BootstrapResult boot, BootstrapEntry summary) {
        if (!(boot.failureShare() > WARN_FAILURE_SHARE)) {
            return List.of();
        }
        String share = String.format(Locale.ROOT, "%.1f%%", 100 * boot.failureShare());
        String tail = boot.intervalsWithheld()
                ? "; more than half failed, so no confidence interval is reported (the surviving resamples are a "
                + "selected minority)"
                : "; the intervals come from the surviving resamples only";
        return List.of(DiagnosticEntry.warning("BOOTSTRAP_FAILURES", List.of(), List.of(),
                "bootstrap: " + share + " of the resample attempts could not be used: " + summary.summary() + tail));
    }

    /** The constructs with the SE and interval of their index, where the run bootstrapped it. */
    private List<ConstructEntry> indices(EstimationReport report, BootstrapResult boot) {
        if (!report.indexed()) {
            return report.constructs();
        }
        List<ConstructEntry> out = new ArrayList<>();
        for (ConstructEntry c : report.constructs()) {
            BootstrapEstimate e = IndexBootstrap.index(boot, c.name());
            Optional<Interval> ci = e.findInterval(options.interval().method());
            out.add(c.withIndexBootstrap(number(e.stdError()), ci.map(i -> number(i.lower())).orElse(null),
                    ci.map(i -> number(i.upper())).orElse(null)));
        }
        return out;
    }
}
