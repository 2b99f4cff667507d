package dev.csimodel.report.svg;

import dev.csimodel.report.WaveTable;
import dev.csimodel.report.WaveTable.Change;
import dev.csimodel.report.WaveTable.ConstructIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The trend of one construct's 0-100 index over the waves: a point per wave ({@code wave-point},
 * at {@link #x} and {@link #y}) with its bootstrap interval as a vertical whisker
 * ({@code wave-ci}), and between consecutive waves a line ({@code wave-step}: solid for a
 * significant change, dashed grey for one that is not) labelled with the change and, in words,
 * whether it is significant ({@code wave-change}). The vertical axis spans {@link #range}.
 */
public final class WaveTrend {

    /** Left edge of the plot area (room for the axis labels). */
    static final double LEFT = 50;
    /** Width of the plot area. */
    static final double WIDTH = 520;
    /** Top of the plot area. */
    static final double TOP = 20;
    /** Height of the plot area. */
    static final double HEIGHT = 200;
    /** Inset of the first and last wave from the plot's edges. */
    static final double INSET = 50;
    private static final double CAP = 4;

    private WaveTrend() {
    }

    /**
     * @param t the wave table
     * @return the constructs with an index in some wave, in model order
     */
    public static List<String> constructs(WaveTable t) {
        List<String> out = new ArrayList<>();
        if (!t.waves().isEmpty()) {
            t.waves().get(0).indices().forEach(i -> out.add(i.construct()));
        }
        return out.stream().filter(c -> t.waves().stream().anyMatch(w -> index(w, c).index() != null)).toList();
    }

    /** @return the x of wave {@code w} of {@code n}: evenly spaced, {@link #INSET} inside the plot */
    static double x(int w, int n) {
        return LEFT + INSET + (n == 1 ? 0 : w * (WIDTH - 2 * INSET) / (n - 1));
    }

    /** @return the y of index value {@code v} on the axis {@code [lo, hi]} (hi at the top) */
    static double y(double v, double[] range) {
        return TOP + HEIGHT * (range[1] - v) / (range[1] - range[0]);
    }

    /**
     * @return the axis {lo, hi}: the construct's lowest and highest index or interval end, 2 points
     *         of margin, rounded out to multiples of 5 and kept within 0-100
     */
    static double[] range(WaveTable t, String construct) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (WaveTable.WaveEntry w : t.waves()) {
            ConstructIndex i = index(w, construct);
            for (Double v : new Double[]{i.index(), i.lower(), i.upper()}) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double lo = Math.max(0, Math.floor((min - 2) / 5) * 5);
        double hi = Math.min(100, Math.ceil((max + 2) / 5) * 5);
        return hi > lo ? new double[]{lo, hi} : new double[]{Math.max(0, lo - 5), Math.min(100, hi + 5)};
    }

    /**
     * @param construct the construct whose index is drawn
     * @param t the wave table
     * @return the chart of {@code construct}
     */
    public static String svg(WaveTable t, String construct) {
        Svg svg = new Svg();
        double[] range = range(t, construct);
        axis(svg, range);
        int n = t.waves().size();
        for (int w = 0; w < n; w++) {
            svg.text(x(w, n), TOP + HEIGHT + 18, t.waves().get(w).wave(), "text-anchor", "middle", "font-size", "12",
                    "fill", "#222");
        }
        for (int w = 1; w < n; w++) {
            step(svg, t, construct, w, range);
        }
        for (int w = 0; w < n; w++) {
            point(svg, t.waves().get(w).wave(), index(t.waves().get(w), construct), x(w, n), range);
        }
        return svg.render(new Box(0, 0, LEFT + WIDTH + 10, TOP + HEIGHT + 30), construct + " index by wave",
                "csi-wave-trend-" + construct);
    }

    private static void axis(Svg svg, double[] range) {
        double tick = range[1] - range[0] > 30 ? 10 : 5;
        for (double v = range[0]; v <= range[1] + 1e-9; v += tick) {
            svg.element("line", "x1", LEFT, "y1", y(v, range), "x2", LEFT + WIDTH, "y2", y(v, range), "stroke",
                    v == range[0] ? "#222" : "#ddd");
            svg.text(LEFT - 6, y(v, range) + 4, String.format(Locale.ROOT, "%.0f", v), "text-anchor", "end",
                    "font-size", "11", "fill", "#555");
        }
    }

    private static void step(Svg svg, WaveTable t, String construct, int w, double[] range) {
        int n = t.waves().size();
        Double a = index(t.waves().get(w - 1), construct).index();
        Double b = index(t.waves().get(w), construct).index();
        if (a == null || b == null) {
            return;
        }
        Optional<Change> change = t.changes().stream().filter(c -> c.to().equals(t.waves().get(w).wave())
                && c.construct().equals(construct)).findFirst();
        boolean significant = change.map(Change::significant).orElse(false);
        double x1 = x(w - 1, n);
        double x2 = x(w, n);
        svg.element("line", "class", "wave-step", "x1", x1, "y1", y(a, range), "x2", x2, "y2", y(b, range),
                "stroke", significant ? "#3b73b9" : "#999", "stroke-width", 2.0,
                "stroke-dasharray", significant ? "none" : "5,4");
        String words = change.map(c -> String.format(Locale.ROOT, "%+.1f, ", c.change())
                + (c.pValue() == null ? "no test" : c.significant() ? "significant" : "not significant"))
                .orElse("no test");
        svg.text((x1 + x2) / 2, Math.min(y(a, range), y(b, range)) - 8, words, "class", "wave-change",
                "data-to", t.waves().get(w).wave(), "text-anchor", "middle", "font-size", "11",
                "fill", significant ? "#3b73b9" : "#555");
    }

    private static void point(Svg svg, String wave, ConstructIndex i, double x, double[] range) {
        if (i.index() == null) {
            svg.text(x, TOP + HEIGHT - 4, "n/a", "text-anchor", "middle", "font-size", "11", "fill", "#555");
            return;
        }
        if (i.lower() != null && i.upper() != null) {
            svg.element("line", "class", "wave-ci", "data-wave", wave, "x1", x, "y1", y(i.upper(), range), "x2", x,
                    "y2", y(i.lower(), range), "stroke", "#222", "stroke-width", 1.2);
            for (double v : new double[]{i.lower(), i.upper()}) {
                svg.element("line", "x1", x - CAP, "y1", y(v, range), "x2", x + CAP, "y2", y(v, range), "stroke", "#222",
                        "stroke-width", 1.2);
            }
        }
        svg.element("circle", "class", "wave-point", "data-wave", wave, "cx", x, "cy", y(i.index(), range), "r", 4.0,
                "fill", "#3b73b9");
        svg.text(x + 8, y(i.index(), range) + 4, String.format(Locale.ROOT, "%.1f", i.index()), "font-size", "11",
                "fill", "#222");
    }

    private static ConstructIndex index(WaveTable.WaveEntry w, String construct) {
        return w.indices().stream().filter(i -> i.construct().equals(construct)).findFirst()
                .orElse(new ConstructIndex(construct, null, null, null));
    }
}
