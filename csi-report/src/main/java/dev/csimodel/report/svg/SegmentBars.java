package dev.csimodel.report.svg;

import dev.csimodel.report.SegmentComparisonEntry;
import dev.csimodel.report.SegmentComparisonEntry.IndexValue;
import dev.csimodel.report.SegmentComparisonEntry.SegmentColumn;

import java.util.List;
import java.util.Locale;

/**
 * The segments' 0-100 indices side by side: per construct one horizontal bar per segment
 * ({@code segment-bar}, a colour per segment, a legend above), on a common 0-100 axis, each
 * with its value and, when the segments were bootstrapped, its interval as a whisker
 * ({@code segment-ci}). One chart replaces a full report per segment.
 */
public final class SegmentBars {

    private static final String[] COLOURS = {"#3b73b9", "#e08a2c", "#4a9d5b", "#b94a63", "#7b5fb0", "#6b6b6b"};
    private static final double LABEL_WIDTH = 90;
    private static final double AXIS_WIDTH = 460;
    private static final double BAR = 14;
    private static final double GAP = 12;
    private static final double LEGEND = 24;
    private static final double CAP = 4;

    private SegmentBars() {
    }

    /** @return the x of index value {@code v} (clamped to 0-100) */
    static double x(double v) {
        return LABEL_WIDTH + AXIS_WIDTH * Math.max(0, Math.min(100, v)) / 100;
    }

    /**
     * @param e the segment comparison
     * @return the chart; empty when no segment has indices
     */
    public static String svg(SegmentComparisonEntry e) {
        List<SegmentColumn> segs = e.segments();
        if (segs.isEmpty() || segs.get(0).indices().isEmpty()) {
            return "";
        }
        Svg svg = new Svg();
        legend(svg, segs);
        int constructs = segs.get(0).indices().size();
        double group = segs.size() * BAR + GAP;
        double top = LEGEND + 6;
        double axisY = top + constructs * group;
        for (int t = 0; t <= 100; t += 20) {
            svg.element("line", "x1", x(t), "y1", top - 4, "x2", x(t), "y2", axisY, "stroke", t == 0 ? "#222" : "#ddd");
            svg.text(x(t), axisY + 16, Integer.toString(t), "text-anchor", "middle", "font-size", "11", "fill", "#555");
        }
        for (int k = 0; k < constructs; k++) {
            double y0 = top + k * group;
            svg.text(LABEL_WIDTH - 8, y0 + segs.size() * BAR / 2 + 4, segs.get(0).indices().get(k).construct(),
                    "text-anchor", "end", "font-size", "12", "fill", "#222");
            for (int g = 0; g < segs.size(); g++) {
                bar(svg, segs.get(g), segs.get(g).indices().get(k), y0 + g * BAR, COLOURS[g % COLOURS.length]);
            }
        }
        return svg.render(new Box(0, 0, LABEL_WIDTH + AXIS_WIDTH + 70, axisY + 24), "0-100 indices by segment",
                "csi-segment-indices");
    }

    private static void legend(Svg svg, List<SegmentColumn> segs) {
        double x = LABEL_WIDTH;
        for (int g = 0; g < segs.size(); g++) {
            svg.element("rect", "x", x, "y", 6.0, "width", 12.0, "height", 12.0, "fill", COLOURS[g % COLOURS.length]);
            String label = segs.get(g).segment() + " (n = " + segs.get(g).observations() + ")";
            svg.text(x + 16, 16, label, "font-size", "12", "fill", "#222");
            x += 16 + 7.5 * label.length() + 14;
        }
    }

    private static void bar(Svg svg, SegmentColumn s, IndexValue v, double y, String colour) {
        if (v.index() == null) {
            svg.text(LABEL_WIDTH + 4, y + BAR - 3, "n/a", "font-size", "11", "fill", "#555");
            return;
        }
        double width = x(v.index()) - LABEL_WIDTH;
        svg.element("rect", "class", "segment-bar", "data-segment", s.segment(), "data-construct", v.construct(),
                "x", LABEL_WIDTH, "y", y + 1, "width", width, "height", BAR - 2, "fill", colour);
        double labelX = LABEL_WIDTH + width;
        if (v.lower() != null && v.upper() != null) {
            double mid = y + BAR / 2;
            double lo = x(v.lower());
            double hi = x(v.upper());
            svg.element("line", "class", "segment-ci", "x1", lo, "y1", mid, "x2", hi, "y2", mid, "stroke", "#222",
                    "stroke-width", 1.2);
            for (double cx : new double[]{lo, hi}) {
                svg.element("line", "x1", cx, "y1", mid - CAP, "x2", cx, "y2", mid + CAP, "stroke", "#222",
                        "stroke-width", 1.2);
            }
            labelX = Math.max(labelX, hi);
        }
        svg.text(labelX + 5, y + BAR - 3, String.format(Locale.ROOT, "%.1f", v.index()), "font-size", "11",
                "fill", "#222");
    }
}
