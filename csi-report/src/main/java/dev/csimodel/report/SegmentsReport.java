package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code csi segments}: the retention table over K, the chosen K, the model of
 * each of its segments, and the ranking of the {@code --explain} columns.
 *
 * @param kind         always {@code "segments"}
 * @param data         the data source
 * @param model        the model file
 * @param method       the method ({@code fimix}, {@code rebus})
 * @param observations rows segmented
 * @param settings     the method's settings as used
 * @param criteria     one entry per K with a solution, ascending
 * @param suggestedK   the method's suggestion (null if it has none)
 * @param suggestedBy  the criterion behind it (e.g. AIC3)
 * @param alternativeK a second criterion's suggestion (e.g. CAIC), null if none
 * @param alternativeBy that criterion
 * @param chosenK      the K reported below
 * @param chosenBy     the criterion that chose it, {@code --k}, or {@code default} (REBUS without --k)
 * @param segments     the chosen K's segments
 * @param explanation  the --explain columns, best match first (empty without --explain)
 * @param rebus        REBUS-PLS's group quality and dendrogram heights; null for the other methods
 * @param memberships  the membership file written, absent without --memberships
 * @param warnings     e.g. a K without a solution, an undefined index
 */
public record SegmentsReport(String kind, String data, String model, String method, int observations,
                             Record settings, List<RetentionEntry> criteria, Integer suggestedK, String suggestedBy,
                             Integer alternativeK, String alternativeBy, int chosenK, String chosenBy,
                             List<LatentSegmentEntry> segments, List<LabelEntry> explanation, RebusEntry rebus,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String memberships,
                             List<String> warnings) implements TextOrJsonReport {

    @Override
    public String command() {
        return "csi segments";
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Latent segments (%s) of %s on %s: %d rows%n", method, model, data, observations));
        out.append(retentionTable().render());
        out.append(String.format(Locale.ROOT, "  chosen K = %d (%s)%s%n", chosenK, chosenByText(),
                alternativeK == null ? "" : "; " + alternativeBy + " suggests " + alternativeK));
        if (rebus != null) {
            out.append(rebusText());
        }
        for (LatentSegmentEntry s : segments) {
            out.append(segmentText(s));
        }
        if (!explanation.isEmpty()) {
            out.append("Observed columns against the segments (ranked by Cramér's V)\n").append(explanationTable().render());
        }
        if (memberships != null) {
            out.append("  memberships written to ").append(memberships).append('\n');
        }
        warnings.forEach(w -> out.append("  warning: ").append(w).append('\n'));
        return out.toString();
    }

    private String chosenByText() {
        return switch (chosenBy) {
            case "--k" -> "--k";
            case "default" -> "default; " + method + " does not choose K: see the merge heights, then --k";
            default -> "by " + chosenBy;
        };
    }

    /** The likelihood columns only for methods that have one; the objective column only for those with one. */
    private ReportTable retentionTable() {
        boolean likelihood = criteria.stream().anyMatch(e -> e.logLikelihood() != null);
        boolean objective = criteria.stream().anyMatch(e -> e.objective() != null);
        List<String> header = new ArrayList<>(List.of("K"));
        if (likelihood) {
            header.addAll(List.of("lnL", "AIC", "AIC3", "AIC4", "BIC", "CAIC", "HQ", "MDL5", "EN"));
        }
        if (objective) {
            header.add("sum R2");
        }
        header.addAll(List.of("sizes", "iterations", "converged"));
        ReportTable t = new ReportTable(1, header.toArray(new String[0]));
        for (RetentionEntry e : criteria) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(e.k())));
            if (likelihood) {
                row.addAll(List.of(f2(e.logLikelihood()), f2(e.aic()), f2(e.aic3()), f2(e.aic4()), f2(e.bic()),
                        f2(e.caic()), f2(e.hq()), f2(e.mdl5()), f3(e.entropy())));
            }
            if (objective) {
                row.add(f3(e.objective()));
            }
            row.addAll(List.of(e.sizes().stream().map(String::valueOf).reduce((a, b) -> a + "/" + b).orElse(""),
                    Integer.toString(e.iterations()), e.converged() ? "yes" : "no"));
            t.row(row.toArray(new String[0]));
        }
        return t;
    }

    private String rebusText() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "  GQI %.4f (global model %.4f); classes cut from the dendrogram: %s%n", rebus.groupQuality(),
                rebus.globalGroupQuality(), rebus.initialSizes().stream().map(String::valueOf)
                        .reduce((a, b) -> a + "/" + b).orElse("")));
        out.append("Last merges of the residual dendrogram (Ward): choose K where the height jumps from K + 1 to K,\n"
                + "then run again with --k K\n");
        ReportTable t = new ReportTable(1, "K", "height");
        rebus.mergeHeights().forEach(m -> t.row(Integer.toString(m.segments()), f3(m.height())));
        return out.append(t.render()).toString();
    }

    private static String segmentText(LatentSegmentEntry s) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Segment %d: %d rows (share %.3f)%n",
                s.segment(), s.rows(), s.share()));
        ReportTable paths = new ReportTable(2, "from", "to", "path");
        s.paths().forEach(p -> paths.row(p.from(), p.to(), f3(p.estimate())));
        out.append(paths.render());
        boolean indices = s.constructs().stream().anyMatch(c -> c.index() != null);
        ReportTable constructs = indices ? new ReportTable(1, "construct", "R2", "index") : new ReportTable(1, "construct", "R2");
        for (LatentSegmentEntry.Construct c : s.constructs()) {
            String r2 = c.r2() == null ? "n/a" : f3(c.r2());
            if (indices) {
                constructs.row(c.name(), r2, c.index() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", c.index()));
            } else {
                constructs.row(c.name(), r2);
            }
        }
        return out.append(constructs.render()).toString();
    }

    private ReportTable explanationTable() {
        ReportTable t = new ReportTable(1, "column", "rows", "labels", "chi2", "Cramer's V", "ARI");
        for (LabelEntry e : explanation) {
            t.row(e.column(), Integer.toString(e.rows()), Integer.toString(e.categories()), f2(e.chiSquare()),
                    e.cramersV() == null ? "n/a" : f3(e.cramersV()), e.adjustedRand() == null ? "n/a" : f3(e.adjustedRand()));
        }
        return t;
    }

    private static String f2(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String f3(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }
}
