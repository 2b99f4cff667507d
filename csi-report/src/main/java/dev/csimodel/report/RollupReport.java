package dev.csimodel.report;

import dev.csimodel.analysis.rollup.Exclusion;
import dev.csimodel.analysis.rollup.Level;
import dev.csimodel.analysis.rollup.RollupIndex;
import dev.csimodel.analysis.rollup.RollupResult;
import dev.csimodel.analysis.rollup.RollupSettings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report of {@code csi rollup}, as text or JSON (layout in docs/json-report.md, section
 * "rollup"). Property names are the record component names; absent values are null.
 *
 * @param kind       always {@code "rollup"}
 * @param data       the data source
 * @param hierarchy  the hierarchy file
 * @param settings   the settings used
 * @param indices    every index, companies first, then industries, sectors and the nation
 * @param excluded   the nodes without an index and why
 * @param replicates bootstrap replicates requested (0: none)
 * @param failed     replicates that failed and were dropped
 */
public record RollupReport(String kind, String data, String hierarchy, Settings settings, List<Entry> indices,
                           List<Excluded> excluded, int replicates, int failed) implements TextOrJsonReport {

    /** Settings of the run. */
    public record Settings(String scoring, int minimumSize, long seed, double confidenceLevel) {
    }

    /** One index: level (company, industry, sector, national), node, construct, value and bootstrap summary. */
    public record Entry(String level, String name, String construct, double index, Double stdError, Double lower,
                        Double upper) {
    }

    /** A node without an index. */
    public record Excluded(String level, String name, int respondents, String reason) {
    }

    /**
     * @param data the data file's name
     * @param hierarchy the hierarchy file's name
     * @param result the rollup
     * @return the report of {@code result}
     */
    public static RollupReport of(String data, String hierarchy, RollupResult result) {
        RollupSettings s = result.settings();
        List<Entry> entries = new ArrayList<>();
        for (RollupIndex i : result.indices()) {
            entries.add(new Entry(name(i.level()), i.name(), i.construct(), i.value(),
                    i.standardError().isPresent() ? i.standardError().getAsDouble() : null,
                    i.interval().map(v -> v.lower()).orElse(null), i.interval().map(v -> v.upper()).orElse(null)));
        }
        List<Excluded> excluded = result.exclusions().stream()
                .map(e -> new Excluded(name(e.level()), e.name(), e.respondents(), e.reason())).toList();
        return new RollupReport("rollup", data, hierarchy, new Settings(s.scoring().name().toLowerCase(Locale.ROOT),
                s.minimumSize(), s.seed(), s.confidenceLevel()), entries, excluded, result.replicates(),
                result.failedReplicates());
    }

    private static String name(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String command() {
        return "csi rollup";
    }

    /** One table per level: a row per node, a column per construct, "68.5 [66.1, 70.9]" with bootstrap. */
    @Override
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Rollup of ").append(data).append(" by ").append(hierarchy).append(": ").append(settings.scoring())
                .append(" company scoring, at least ").append(settings.minimumSize()).append(" respondents per company");
        if (replicates > 0) {
            out.append(String.format(Locale.ROOT, ", %d bootstrap replicates (%d failed), %.0f%% percentile intervals",
                    replicates, failed, 100 * settings.confidenceLevel()));
        }
        out.append("\n");
        List<String> constructs = constructs();
        for (String level : List.of("company", "industry", "sector", "national")) {
            out.append('\n').append(Character.toUpperCase(level.charAt(0))).append(level.substring(1)).append('\n');
            out.append(table(level, constructs).render());
        }
        if (!excluded.isEmpty()) {
            ReportTable t = new ReportTable(3, "excluded", "level", "respondents", "reason");
            excluded.forEach(e -> t.row(e.name(), e.level(), Integer.toString(e.respondents()), e.reason()));
            out.append("\nExcluded\n").append(t.render());
        }
        return out.toString();
    }

    private List<String> constructs() {
        Set<String> names = new LinkedHashSet<>();
        indices.forEach(e -> names.add(e.construct()));
        return List.copyOf(names);
    }

    private ReportTable table(String level, List<String> constructs) {
        List<String> header = new ArrayList<>(List.of(level));
        header.addAll(constructs);
        ReportTable t = new ReportTable(1, header.toArray(String[]::new));
        indices.stream().filter(e -> e.level().equals(level)).map(Entry::name).distinct().forEach(node -> {
            List<String> row = new ArrayList<>(List.of(node));
            constructs.forEach(c -> row.add(cell(level, node, c)));
            t.row(row.toArray(String[]::new));
        });
        return t;
    }

    private String cell(String level, String node, String construct) {
        return indices.stream().filter(e -> e.level().equals(level) && e.name().equals(node)
                && e.construct().equals(construct)).findFirst().map(RollupReport::cell).orElse(ReportTables.NA);
    }

    private static String cell(Entry e) {
        String value = String.format(Locale.ROOT, "%.1f", e.index());
        return e.lower() == null ? value : String.format(Locale.ROOT, "%s [%.1f, %.1f]", value, e.lower(), e.upper());
    }
}
