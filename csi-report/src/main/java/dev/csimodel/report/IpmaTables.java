package dev.csimodel.report;

import java.util.List;
import java.util.Locale;

/**
 * The text and HTML tables of the importance-performance analysis: the priority list ("what to
 * fix first") and the indicator impacts.
 */
final class IpmaTables {

    private IpmaTables() {
    }

    /** @return the priority list, the indicator impacts and, when computed, the NCA and the cIPMA of {@code ipma} */
    static List<ReportTables.Section> sections(IpmaEntry ipma) {
        List<ReportTables.Section> out = new java.util.ArrayList<>(map(ipma));
        out.addAll(NcaTables.sections(ipma));
        return out;
    }

    private static List<ReportTables.Section> map(IpmaEntry ipma) {
        String points = ReportTables.plain(ipma.impactPoints());
        return List.of(
                new ReportTables.Section("What to fix first: drivers of " + ipma.target() + " by impact",
                        priorities(ipma), "impact = change in the " + ipma.target() + " index for a " + points
                        + "-point increase in the driver's index (" + points + " x unstandardised total effect, "
                        + "ACSI); ! performance below the drivers' mean " + oneDecimal(ipma.performanceLine())
                        + ": a large impact with a low performance is the first to improve"),
                new ReportTables.Section("Indicator impacts on " + ipma.target(), indicators(ipma),
                        "indicator impact = construct impact x rescaled index weight (IPMA, Ringle and Sarstedt 2016)"
                        + (ipma.priorities().stream().anyMatch(p -> p.impactLower() != null)
                        ? "; impact CI: percentile bootstrap interval (--bootstrap)" : "")));
    }

    private static ReportTable priorities(IpmaEntry ipma) {
        boolean boot = ipma.priorities().stream().anyMatch(p -> p.impactLower() != null);
        ReportTable t = boot ? new ReportTable(2, "rank", "driver", "impact", "impact CI", "performance", "importance",
                "quadrant") : new ReportTable(2, "rank", "driver", "impact", "performance", "importance", "quadrant");
        for (PriorityEntry p : ipma.priorities()) {
            IpmaDriverEntry d = ipma.drivers().stream().filter(e -> e.name().equals(p.name())).findFirst().orElseThrow();
            List<String> cells = new java.util.ArrayList<>(List.of(Integer.toString(p.rank()), p.name(),
                    twoDecimals(p.impact())));
            if (boot) {
                cells.add(interval(p.impactLower(), p.impactUpper()));
            }
            cells.addAll(List.of(oneDecimal(p.performance()) + (p.belowMeanPerformance() ? " !" : ""),
                    ReportTables.fmt(d.importance()), d.quadrant()));
            t.row(cells.toArray(String[]::new));
        }
        return t;
    }

    private static ReportTable indicators(IpmaEntry ipma) {
        boolean boot = ipma.indicators().stream().anyMatch(i -> i.impactLower() != null);
        ReportTable t = boot ? new ReportTable(2, "indicator", "construct", "weight", "impact", "impact CI",
                "performance") : new ReportTable(2, "indicator", "construct", "weight", "impact", "performance");
        for (IpmaIndicatorEntry i : ipma.indicators()) {
            if (boot) {
                t.row(i.name(), i.construct(), ReportTables.fmt(i.weight()), twoDecimals(i.impact()),
                        interval(i.impactLower(), i.impactUpper()), oneDecimal(i.performance()));
            } else {
                t.row(i.name(), i.construct(), ReportTables.fmt(i.weight()), twoDecimals(i.impact()),
                        oneDecimal(i.performance()));
            }
        }
        return t;
    }

    /** @return "[lower, upper]" of a bootstrap interval, n/a when withheld */
    private static String interval(Double lower, Double upper) {
        return lower == null || upper == null ? ReportTables.NA
                : "[" + twoDecimals(lower) + ", " + twoDecimals(upper) + "]";
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String twoDecimals(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
