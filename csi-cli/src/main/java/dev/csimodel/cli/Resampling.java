package dev.csimodel.cli;

import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.cli.report.BootstrapEntry;
import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.PathEntry;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

import static dev.csimodel.cli.report.ReportBuilder.number;

/** Runs the {@code --bootstrap} and puts its results on the report's paths. */
final class Resampling {

    private final Console console;
    private final BootstrapOptions options;
    private final long seed;

    Resampling(Console console, BootstrapOptions options, long seed) {
        this.console = console;
        this.options = options;
        this.seed = seed;
    }

    /** @return the bootstrap of {@code model} on {@code rows} (without missing values), with a progress bar */
    BootstrapResult run(PlsSettings settings, PathModel model, DataTable rows) {
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(options.resamples).withSeed(seed)
                .withIntervals(options.ci.method());
        if (options.threads != null) {
            bs = bs.withThreads(options.threads);
        }
        try (ProgressBar bar = new ProgressBar(console, "bootstrap", options.resamples)) {
            return new Bootstrap(new PlsEstimator(settings), bs).run(model, rows, (done, total) -> bar.update(done));
        }
    }

    /** @return {@code report} with each path's bootstrap mean, SE, t, p and interval */
    EstimationReport attach(EstimationReport report, BootstrapResult boot) {
        List<PathEntry> paths = new ArrayList<>();
        for (PathEntry p : report.paths()) {
            BootstrapEstimate e = boot.path(p.from(), p.to());
            Interval ci = e.interval(options.ci.method());
            paths.add(p.withBootstrap(number(e.mean()), number(e.stdError()), number(e.tValue()), number(e.pValue()),
                    number(ci.lower()), number(ci.upper())));
        }
        BootstrapEntry summary = new BootstrapEntry(boot.attempted(), boot.used(), boot.failed(), boot.nonConverged(),
                boot.settings().confidenceLevel());
        return report.withBootstrap(paths, summary);
    }
}
