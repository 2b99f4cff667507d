package dev.csimodel.cli.report;

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
                        "indicator impact = construct impact x rescaled index weight (IPMA, Ringle and Sarstedt 2016)"));
    }

    private static ReportTable priorities(IpmaEntry ipma) {
        ReportTable t = new ReportTable(2, "rank", "driver", "impact", "performance", "importance", "quadrant");
        for (PriorityEntry p : ipma.priorities()) {
            IpmaDriverEntry d = ipma.drivers().stream().filter(e -> e.name().equals(p.name())).findFirst().orElseThrow();
            t.row(Integer.toString(p.rank()), p.name(), twoDecimals(p.impact()),
                    oneDecimal(p.performance()) + (p.belowMeanPerformance() ? " !" : ""),
                    ReportTables.fmt(d.importance()), d.quadrant());
        }
        return t;
    }

    private static ReportTable indicators(IpmaEntry ipma) {
        ReportTable t = new ReportTable(2, "indicator", "construct", "weight", "impact", "performance");
        for (IpmaIndicatorEntry i : ipma.indicators()) {
            t.row(i.name(), i.construct(), ReportTables.fmt(i.weight()), twoDecimals(i.impact()),
                    oneDecimal(i.performance()));
        }
        return t;
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String twoDecimals(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
