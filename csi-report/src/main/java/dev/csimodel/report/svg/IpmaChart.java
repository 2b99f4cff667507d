package dev.csimodel.report.svg;

import dev.csimodel.report.CipmaEntry;
import dev.csimodel.report.IpmaDriverEntry;
import dev.csimodel.report.IpmaEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The importance-performance map (Ringle and Sarstedt 2016) as an SVG scatter: importance
 * (unstandardised total effect on the target) across, performance (0-100 index) up, dashed
 * lines at the drivers' means and the quadrants named after Martilla and James (1977). The
 * combined map (cIPMA, Hauff et al. 2024) draws the same axes with one bubble per driver whose
 * area grows with the share of cases below the level the target level requires of it, filled
 * red for a necessary condition.
 */
public final class IpmaChart {

    private static final double LEFT = 60;
    private static final double TOP = 20;
    private static final double PLOT_WIDTH = 520;
    private static final double PLOT_HEIGHT = 340;
    private static final double RIGHT = 70;
    private static final double BOTTOM = 50;
    private static final int TICKS = 5;
    private static final double POINT = 5;
    private static final double LABEL_FONT = 12;
    /** Performance axis step and the room kept around the points, in index points. */
    private static final double PERFORMANCE_STEP = 10;
    private static final double PERFORMANCE_PAD = 5;

    /** Radius added to a point for a driver that every case fails (share below 1): area ∝ share. */
    private static final double BUBBLE = 20;

    private final IpmaEntry map;
    private final boolean combined;
    private final Svg svg = new Svg();
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    private IpmaChart(IpmaEntry map, boolean combined) {
        this.map = map;
        this.combined = combined;
        List<IpmaDriverEntry> d = map.drivers();
        double iMin = Math.min(0, d.stream().mapToDouble(IpmaDriverEntry::importance).min().orElse(0));
        double iMax = Math.max(0, d.stream().mapToDouble(IpmaDriverEntry::importance).max().orElse(0));
        double step = niceStep((iMax - iMin) / TICKS);
        this.xMin = Math.floor(iMin / step) * step;
        this.xMax = Math.max(xMin + step, Math.ceil(iMax * 1.1 / step) * step);
        double pMin = d.stream().mapToDouble(IpmaDriverEntry::performance).min().orElse(0);
        double pMax = d.stream().mapToDouble(IpmaDriverEntry::performance).max().orElse(100);
        this.yMin = Math.max(0, Math.floor((pMin - PERFORMANCE_PAD) / PERFORMANCE_STEP) * PERFORMANCE_STEP);
        this.yMax = Math.min(100, Math.ceil((pMax + PERFORMANCE_PAD) / PERFORMANCE_STEP) * PERFORMANCE_STEP);
    }

    /**
     * @param map the importance-performance map entry
     * @return the map as an {@code <svg>} element
     */
    public static String svg(IpmaEntry map) {
        return new IpmaChart(map, false).draw();
    }

    /**
     * @param map the importance-performance map entry
     * @return the combined importance-performance map as an {@code <svg>} element
     * @throws IllegalArgumentException if {@code map} has no cIPMA
     */
    public static String combined(IpmaEntry map) {
        if (map.cipma() == null) {
            throw new IllegalArgumentException("the IPMA of " + map.target() + " has no cIPMA");
        }
        return new IpmaChart(map, true).draw();
    }

    /**
     * @param share the share of cases below the required level, or null
     * @return the bubble radius of a driver with {@code share} of the cases below its requirement
     */
    public static double bubbleRadius(Double share) {
        return POINT + BUBBLE * Math.sqrt(share == null ? 0 : share);
    }

    /** @return 1, 2 or 5 times a power of ten, at least {@code raw} (a positive step) */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 0.1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private double x(double importance) {
        return LEFT + PLOT_WIDTH * (importance - xMin) / (xMax - xMin);
    }

    private double y(double performance) {
        return TOP + PLOT_HEIGHT * (yMax - performance) / (yMax - yMin);
    }

    private String draw() {
        svg.element("rect", "x", LEFT, "y", TOP, "width", PLOT_WIDTH, "height", PLOT_HEIGHT, "fill", "#fff",
                "stroke", "#222");
        axes();
        quadrants();
        List<Box> taken = new ArrayList<>();
        for (IpmaDriverEntry d : map.drivers()) {
            double r = radius(d);
            taken.add(Box.centred(x(d.importance()), y(d.performance()), 2 * r, 2 * r));
        }
        for (IpmaDriverEntry d : map.drivers()) {
            double px = x(d.importance());
            double py = y(d.performance());
            if (combined) {
                bubble(px, py, d, taken);
            } else {
                svg.element("circle", "class", "driver", "cx", px, "cy", py, "r", POINT, "fill", "#3b73b9");
                pointLabel(px, py, d.name() + " (" + d.quadrant() + ")", taken);
            }
        }
        return svg.render(new Box(0, 0, LEFT + PLOT_WIDTH + RIGHT, TOP + PLOT_HEIGHT + BOTTOM),
                (combined ? "Combined importance-performance map of " : "Importance-performance map of ")
                        + map.target(), combined ? "csi-cipma" : "csi-ipma");
    }

    private double radius(IpmaDriverEntry d) {
        return combined ? bubbleRadius(cipma(d).shareBelow()) : POINT;
    }

    private CipmaEntry.DriverEntry cipma(IpmaDriverEntry d) {
        return map.cipma().drivers().stream().filter(c -> c.name().equals(d.name())).findFirst().orElseThrow();
    }

    /** A bubble: red for a necessary condition, labelled with the share of cases below its requirement. */
    private void bubble(double px, double py, IpmaDriverEntry d, List<Box> taken) {
        CipmaEntry.DriverEntry c = cipma(d);
        boolean necessary = c.necessity().equals("necessary");
        double r = radius(d);
        svg.element("circle", "class", "driver", "cx", px, "cy", py, "r", r, "fill", necessary ? "#c0392b" : "#3b73b9",
                "fill-opacity", "0.55", "stroke", necessary ? "#7b241c" : "#1f4e79");
        String share = c.shareBelow() == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * c.shareBelow());
        pointLabel(px + (r - POINT), py, d.name() + " (" + share + ")", taken);
    }

    /**
     * Labels a point on the first free side (right, left, above, below, then diagonals), so
     * that drivers with similar values stay readable; if every side is taken, on the right.
     */
    private void pointLabel(double px, double py, String text, List<Box> taken) {
        double w = PathDiagram.textWidth(text, LABEL_FONT);
        double[][] offsets = {{8, 4, 0}, {-8, 4, 1}, {0, -9, 0.5}, {0, 17, 0.5}, {8, -8, 0}, {8, 16, 0},
                {-8, -8, 1}, {-8, 16, 1}};
        Box plot = new Box(LEFT, TOP, PLOT_WIDTH + RIGHT, PLOT_HEIGHT);
        double[] chosen = offsets[0];
        for (double[] o : offsets) {
            Box b = labelBox(px + o[0], py + o[1], w, o[2]);
            if (taken.stream().noneMatch(b::overlaps) && b.x() >= plot.x() && b.right() <= plot.right()
                    && b.y() >= plot.y() && b.bottom() <= plot.bottom()) {
                chosen = o;
                break;
            }
        }
        taken.add(labelBox(px + chosen[0], py + chosen[1], w, chosen[2]));
        String anchor = chosen[2] == 0 ? "start" : chosen[2] == 1 ? "end" : "middle";
        svg.text(px + chosen[0], py + chosen[1], text, "text-anchor", anchor, "font-size", LABEL_FONT, "fill", "#222");
    }

    /** @return the box of a label of width w whose baseline starts (shift 0), ends (1) or is centred at (x, y) */
    private static Box labelBox(double x, double y, double w, double shift) {
        return new Box(x - shift * w, y - LABEL_FONT, w, LABEL_FONT + 3);
    }

    private void axes() {
        double step = niceStep((xMax - xMin) / TICKS);
        for (int k = 0; xMin + k * step <= xMax + step / 1e6; k++) {
            double v = xMin + k * step;
            svg.text(x(v), TOP + PLOT_HEIGHT + 16, String.format(Locale.ROOT, decimals(step), v),
                    "text-anchor", "middle", "font-size", "11", "fill", "#555");
        }
        for (double v = yMin; v <= yMax + 1e-9; v += PERFORMANCE_STEP) {
            svg.text(LEFT - 6, y(v) + 4, String.format(Locale.ROOT, "%.0f", v), "text-anchor", "end",
                    "font-size", "11", "fill", "#555");
        }
        svg.text(LEFT + PLOT_WIDTH / 2, TOP + PLOT_HEIGHT + 38, "Importance: total effect on " + map.target()
                + " (index points per point)", "text-anchor", "middle", "font-size", "12", "fill", "#222");
        svg.text(16, TOP + PLOT_HEIGHT / 2, "Performance (0-100 index)", "text-anchor", "middle", "font-size", "12",
                "fill", "#222", "transform", "rotate(-90 16 " + Markup.coordinate(TOP + PLOT_HEIGHT / 2) + ")");
    }

    private static String decimals(double step) {
        int d = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        return "%." + d + "f";
    }

    private void quadrants() {
        double lx = x(map.importanceLine());
        double ly = y(map.performanceLine());
        svg.element("line", "class", "threshold", "x1", lx, "y1", TOP, "x2", lx, "y2", TOP + PLOT_HEIGHT,
                "stroke", "#999", "stroke-dasharray", "5 4");
        svg.element("line", "class", "threshold", "x1", LEFT, "y1", ly, "x2", LEFT + PLOT_WIDTH, "y2", ly,
                "stroke", "#999", "stroke-dasharray", "5 4");
        corner(LEFT + PLOT_WIDTH - 6, TOP + 16, "end", "A advantage");
        corner(LEFT + PLOT_WIDTH - 6, TOP + PLOT_HEIGHT - 8, "end", "B repair");
        corner(LEFT + 6, TOP + PLOT_HEIGHT - 8, "start", "C opportunity");
        corner(LEFT + 6, TOP + 16, "start", "D maintain");
    }

    private void corner(double x, double y, String anchor, String text) {
        svg.text(x, y, text, "class", "quadrant", "text-anchor", anchor, "font-size", "12", "fill", "#8a8a8a",
                "font-style", "italic");
    }
}
