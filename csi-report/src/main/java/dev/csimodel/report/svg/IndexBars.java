package dev.csimodel.report.svg;

import dev.csimodel.report.ConstructEntry;
import dev.csimodel.report.EstimationReport;

import java.util.List;
import java.util.Locale;

/**
 * The 0-100 indices as horizontal bars on a common 0-100 axis, each with its value and, when the
 * bootstrap gave one, its confidence interval as a whisker ({@code index-ci}) with end caps.
 */
public final class IndexBars {

    private static final double LABEL_WIDTH = 90;
    private static final double AXIS_WIDTH = 460;
    private static final double BAR_HEIGHT = 20;
    private static final double ROW = 30;
    private static final double TOP = 10;
    private static final double TICK = 20;
    private static final double CAP = 5;

    private IndexBars() {
    }

    /**
     * @param report the report whose indices are drawn
     * @return the bars of the constructs with an index, model order; empty if none has one
     */
    public static String svg(EstimationReport report) {
        List<ConstructEntry> indexed = report.constructs().stream().filter(c -> c.index() != null).toList();
        if (indexed.isEmpty()) {
            return "";
        }
        Svg svg = new Svg();
        double axisY = TOP + indexed.size() * ROW;
        for (int t = 0; t <= 100; t += TICK) {
            double x = LABEL_WIDTH + AXIS_WIDTH * t / 100;
            svg.element("line", "x1", x, "y1", TOP - 4, "x2", x, "y2", axisY, "stroke", t == 0 ? "#222" : "#ddd");
            svg.text(x, axisY + 16, Integer.toString(t), "text-anchor", "middle", "font-size", "11", "fill", "#555");
        }
        for (int k = 0; k < indexed.size(); k++) {
            ConstructEntry c = indexed.get(k);
            double y = TOP + k * ROW + (ROW - BAR_HEIGHT) / 2;
            double value = Math.max(0, Math.min(100, c.index()));
            double width = AXIS_WIDTH * value / 100;
            svg.text(LABEL_WIDTH - 8, y + BAR_HEIGHT / 2 + 4, c.name(), "text-anchor", "end", "font-size", "12",
                    "fill", "#222");
            svg.element("rect", "class", "index-bar", "x", LABEL_WIDTH, "y", y, "width", width, "height", BAR_HEIGHT,
                    "fill", "#3b73b9");
            double labelX = LABEL_WIDTH + width;
            if (c.indexCiLower() != null && c.indexCiUpper() != null) {
                labelX = Math.max(labelX, whisker(svg, c, y + BAR_HEIGHT / 2));
            }
            svg.text(labelX + 6, y + BAR_HEIGHT / 2 + 4, String.format(Locale.ROOT, "%.1f", c.index()),
                    "font-size", "12", "fill", "#222");
        }
        double width = LABEL_WIDTH + AXIS_WIDTH + 60;
        return svg.render(new Box(0, 0, width, axisY + 24), "0-100 indices", "csi-indices");
    }

    /** Draws the interval of {@code c} at height {@code mid}; returns the x of its upper end. */
    private static double whisker(Svg svg, ConstructEntry c, double mid) {
        double lo = LABEL_WIDTH + AXIS_WIDTH * clamp(c.indexCiLower()) / 100;
        double hi = LABEL_WIDTH + AXIS_WIDTH * clamp(c.indexCiUpper()) / 100;
        svg.element("line", "class", "index-ci", "x1", lo, "y1", mid, "x2", hi, "y2", mid, "stroke", "#222",
                "stroke-width", 1.5);
        for (double x : new double[] {lo, hi}) {
            svg.element("line", "class", "index-ci-cap", "x1", x, "y1", mid - CAP, "x2", x, "y2", mid + CAP,
                    "stroke", "#222", "stroke-width", 1.5);
        }
        return hi;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }
}
