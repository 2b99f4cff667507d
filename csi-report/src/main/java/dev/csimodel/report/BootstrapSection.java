package dev.csimodel.report;

import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.models.index.IndexBootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.csimodel.report.ReportBuilder.number;

/**
 * The bootstrap on a report: each path's bootstrap mean, SE, t, p and interval, the SE and
 * interval of each 0-100 index where the run bootstrapped it, the summary of the resamples and
 * the inference tables (effects, R², HTMT, specific indirect effects).
 */
public final class BootstrapSection {

    private BootstrapSection() {
    }

    /**
     * @param report   the report of the fit that was bootstrapped
     * @param boot     the bootstrap
     * @param interval the interval shown
     * @return {@code report} with the bootstrap of {@code boot}, intervals by {@code interval}
     */
    public static EstimationReport attach(EstimationReport report, BootstrapResult boot, IntervalMethod interval) {
        List<PathEntry> paths = new ArrayList<>();
        for (PathEntry p : report.paths()) {
            BootstrapEstimate e = boot.path(p.from(), p.to());
            Optional<Interval> ci = e.findInterval(interval);
            paths.add(p.withBootstrap(number(e.mean()), number(e.stdError()), number(e.tValue()), number(e.pValue()),
                    ci.map(i -> number(i.lower())).orElse(null), ci.map(i -> number(i.upper())).orElse(null)));
        }
        BootstrapEntry summary = new BootstrapEntry(boot.requested(), boot.attempted(), boot.used(), boot.failed(),
                boot.nonConverged(), boot.discarded(), boot.intervalsWithheld(), boot.settings().confidenceLevel());
        EstimationReport out = report.withBootstrap(paths, summary).withConstructs(indices(report, boot, interval));
        return Inference.withBootstrap(out, boot, interval);
    }

    /** The constructs with the SE and interval of their index, where the run bootstrapped it. */
    private static List<ConstructEntry> indices(EstimationReport report, BootstrapResult boot, IntervalMethod interval) {
        if (!report.indexed()) {
            return report.constructs();
        }
        List<ConstructEntry> out = new ArrayList<>();
        for (ConstructEntry c : report.constructs()) {
            BootstrapEstimate e = IndexBootstrap.index(boot, c.name());
            Optional<Interval> ci = e.findInterval(interval);
            out.add(c.withIndexBootstrap(number(e.stdError()), ci.map(i -> number(i.lower())).orElse(null),
                    ci.map(i -> number(i.upper())).orElse(null)));
        }
        return out;
    }
}
