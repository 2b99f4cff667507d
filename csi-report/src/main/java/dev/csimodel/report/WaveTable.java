package dev.csimodel.report;

import dev.csimodel.analysis.waves.IndexChange;
import dev.csimodel.analysis.waves.Wave;
import dev.csimodel.analysis.waves.WavePaths;
import dev.csimodel.analysis.waves.WaveResult;
import dev.csimodel.groups.MicomResult;
import dev.csimodel.groups.PathDifference;

import dev.csimodel.bootstrap.Interval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report of {@code csi waves}: each wave's indices, the index change since the previous
 * wave (bootstrap interval, permutation p-value, and whether it is significant, said in words in
 * the text), the path changes and MICOM's verdict per construct.
 *
 * @param kind    always {@code "waves"}
 * @param data    the data source
 * @param alpha   the significance level
 * @param waves   the waves in time order
 * @param changes the index changes, step by step
 * @param paths   the path changes, step by step
 * @param micom   MICOM per step and construct
 */
public record WaveTable(String kind, String data, double alpha, List<WaveEntry> waves, List<Change> changes,
                        List<PathChange> paths, List<Invariance> micom) implements TextOrJsonReport {

    /** A wave: its label, respondents and indices (construct → index, model order; null if undefined). */
    public record WaveEntry(String wave, int respondents, List<ConstructIndex> indices) {
    }

    /**
     * One construct's index in a wave, with its percentile bootstrap interval (the wave's rows
     * resampled; null when the index is undefined or the interval withheld).
     */
    public record ConstructIndex(String construct, Double index, Double lower, Double upper) {
    }

    /** An index change. */
    public record Change(String from, String to, String construct, double before, double after, double change,
                         Double lower, Double upper, Double pValue, boolean significant) {
    }

    /** A path change: the later coefficient minus the earlier one, with its permutation p-value. */
    public record PathChange(String from, String to, String source, String target, double before, double after,
                             double change, double pValue) {
    }

    /** MICOM for one construct between two waves. */
    public record Invariance(String from, String to, String construct, boolean partial, boolean full) {
    }

    /**
     * @param data the data file's name
     * @param result the wave analysis
     * @return the report of {@code result}
     */
    public static WaveTable of(String data, WaveResult result) {
        List<WaveEntry> waves = result.waves().stream().map(w -> wave(result, w)).toList();
        List<Change> changes = result.changes().stream().map(WaveTable::change).toList();
        List<PathChange> paths = new ArrayList<>();
        List<Invariance> micom = new ArrayList<>();
        for (WavePaths p : result.paths()) {
            for (PathDifference d : p.comparison().pathDifferences()) {
                paths.add(new PathChange(p.from(), p.to(), d.from(), d.to(), d.estimateB(), d.estimateA(), d.difference(),
                        d.pValue()));
            }
            MicomResult m = p.comparison().micom();
            m.constructs().forEach(c -> micom.add(new Invariance(p.from(), p.to(), c, m.partialInvariance(c),
                    m.fullInvariance(c))));
        }
        return new WaveTable("waves", data, result.settings().alpha(), waves, changes, paths, micom);
    }

    private static WaveEntry wave(WaveResult result, Wave w) {
        List<ConstructIndex> indices = w.index().constructs().stream().map(c -> {
            Optional<Interval> ci = w.index().index(c).isPresent() ? result.indexInterval(w.label(), c) : Optional.empty();
            return new ConstructIndex(c, w.index().index(c).isPresent() ? w.index().index(c).getAsDouble() : null,
                    ci.map(Interval::lower).orElse(null), ci.map(Interval::upper).orElse(null));
        }).toList();
        return new WaveEntry(w.label(), w.respondents(), indices);
    }

    private static Change change(IndexChange c) {
        return new Change(c.from(), c.to(), c.construct(), c.before(), c.after(), c.change(),
                c.interval().map(i -> i.lower()).orElse(null), c.interval().map(i -> i.upper()).orElse(null),
                c.pValue().isPresent() ? c.pValue().getAsDouble() : null, c.significant());
    }

    @Override
    public String command() {
        return "csi waves";
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder("Waves of " + data + "\n");
        out.append(waveTable().render()).append("\nIndex changes (bootstrap percentile interval, permutation p)\n");
        out.append(changeTable().render()).append("\nPath changes (permutation test) and MICOM\n");
        out.append(pathTable().render());
        micomNotes().forEach(n -> out.append("  ").append(n).append('\n'));
        return out.toString();
    }

    /** As {@link TextOrJsonReport#write}, and {@link ReportFormat#HTML} as a page with a trend chart per construct. */
    @Override
    public void write(ReportFormat format, PrintWriter out) {
        if (format == ReportFormat.HTML) {
            WaveHtml.write(this, out);
            return;
        }
        TextOrJsonReport.super.write(format, out);
    }

    ReportTable waveTable() {
        ReportTable w = new ReportTable(1, "wave", "n", "indices");
        waves.forEach(e -> w.row(e.wave(), Integer.toString(e.respondents()), indices(e)));
        return w;
    }

    ReportTable changeTable() {
        ReportTable c = new ReportTable(3, "from", "to", "construct", "before", "after", "change", "interval", "p",
                "verdict");
        changes.forEach(e -> c.row(e.from(), e.to(), e.construct(), f1(e.before()), f1(e.after()), signed(e.change()),
                e.lower() == null ? ReportTables.NA : "[" + signed(e.lower()) + ", " + signed(e.upper()) + "]",
                e.pValue() == null ? ReportTables.NA : String.format(Locale.ROOT, "%.3f", e.pValue()), verdict(e)));
        return c;
    }

    ReportTable pathTable() {
        ReportTable p = new ReportTable(3, "from", "to", "path", "before", "after", "change", "p");
        paths.forEach(e -> p.row(e.from(), e.to(), e.source() + " -> " + e.target(), f3(e.before()), f3(e.after()),
                f3(e.change()), String.format(Locale.ROOT, "%.3f", e.pValue())));
        return p;
    }

    List<String> micomNotes() {
        return micom.stream().filter(m -> !m.partial()).map(m -> "MICOM: " + m.construct()
                + " is not compositionally invariant from " + m.from() + " to " + m.to()
                + "; its index change is not comparable").toList();
    }

    /** @return "significant at 0.05", "not significant at 0.05", or n/a without a p-value */
    String verdict(Change e) {
        if (e.pValue() == null) {
            return ReportTables.NA;
        }
        return e.significant() ? String.format(Locale.ROOT, "significant at %.2f", alpha)
                : String.format(Locale.ROOT, "not significant at %.2f", alpha);
    }

    private static String indices(WaveEntry e) {
        StringBuilder s = new StringBuilder();
        e.indices().forEach(i -> s.append(s.length() == 0 ? "" : ", ").append(i.construct()).append(' ')
                .append(i.index() == null ? ReportTables.NA : f1(i.index())));
        return s.toString();
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.1f", v);
    }
}
