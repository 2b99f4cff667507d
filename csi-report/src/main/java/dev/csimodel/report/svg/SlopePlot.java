package dev.csimodel.report.svg;

import dev.csimodel.report.ModerationEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simple-slope plot of one interaction path X:M -> Y: the predicted (standardised) Y against
 * X from −2 to +2 SD, one line per moderator level (−1 SD, mean, +1 SD):
 * {@code Y = β_M·m + slope(m)·x}; for a quadratic term X:X the single curve {@code β_X·x + c·x²}.
 */
public final class SlopePlot {

    private static final double LEFT = 50;
    private static final double TOP = 15;
    private static final double WIDTH = 360;
    private static final double HEIGHT = 220;
    private static final double RANGE = 2;
    private static final String[] COLOURS = {"#3b73b9", "#555555", "#c0392b"};
    private static final String[] DASHES = {"6 4", "2 3", "none"};

    private SlopePlot() {
    }

    /**
     * @param e the interaction with its simple slopes
     * @return the plot of {@code e} as an {@code <svg>} element
     */
    public static String svg(ModerationEntry.InteractionEntry e) {
        List<double[]> curves = curves(e);
        double lo = curves.stream().flatMapToDouble(java.util.Arrays::stream).min().orElse(-1);
        double hi = curves.stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(1);
        if (!(hi - lo > 1e-9)) {
            lo -= 1;
            hi += 1;
        }
        double pad = 0.1 * (hi - lo);
        lo -= pad;
        hi += pad;
        Svg svg = new Svg();
        axes(svg, e, lo, hi);
        for (int k = 0; k < curves.size(); k++) {
            svg.element("polyline", "class", "slope-line", "points", points(curves.get(k), lo, hi), "fill", "none",
                    "stroke", COLOURS[k], "stroke-width", "2", "stroke-dasharray", DASHES[k]);
        }
        legend(svg, e, curves.size());
        return svg.render(new Box(0, 0, LEFT + WIDTH + 150, TOP + HEIGHT + 40),
                "simple slopes of " + e.independent() + " on " + e.target() + " by " + e.moderator(), "csi-slopes");
    }

    /** 41 points per curve, x from −2 to 2. */
    private static List<double[]> curves(ModerationEntry.InteractionEntry e) {
        List<double[]> out = new ArrayList<>();
        double bm = e.moderatorCoefficient() == null ? 0 : e.moderatorCoefficient();
        if (e.quadratic()) {
            double b = e.slopes().get(1).slope();
            double c = (e.slopes().get(2).slope() - b) / 2;
            out.add(sample(x -> b * x + c * x * x));
            return out;
        }
        for (ModerationEntry.SlopeEntry s : e.slopes()) {
            double m = s.level();
            double slope = s.slope();
            out.add(sample(x -> bm * m + slope * x));
        }
        return out;
    }

    private static double[] sample(java.util.function.DoubleUnaryOperator f) {
        double[] y = new double[41];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.applyAsDouble(-RANGE + i * 2 * RANGE / (y.length - 1));
        }
        return y;
    }

    private static String points(double[] y, double lo, double hi) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < y.length; i++) {
            double px = LEFT + WIDTH * i / (y.length - 1);
            double py = TOP + HEIGHT * (hi - y[i]) / (hi - lo);
            b.append(i == 0 ? "" : " ").append(Markup.coordinate(px)).append(',').append(Markup.coordinate(py));
        }
        return b.toString();
    }

    private static void axes(Svg svg, ModerationEntry.InteractionEntry e, double lo, double hi) {
        svg.element("rect", "x", LEFT, "y", TOP, "width", WIDTH, "height", HEIGHT, "fill", "none", "stroke", "#999");
        for (int t = -2; t <= 2; t++) {
            double x = LEFT + WIDTH * (t + RANGE) / (2 * RANGE);
            svg.element("line", "x1", x, "y1", TOP + HEIGHT, "x2", x, "y2", TOP + HEIGHT + 4, "stroke", "#555");
            svg.text(x, TOP + HEIGHT + 16, t == 0 ? "0" : String.format(Locale.ROOT, "%+d", t), "text-anchor", "middle",
                    "font-size", "11", "fill", "#555");
        }
        svg.text(LEFT + WIDTH / 2, TOP + HEIGHT + 32, e.independent() + " (SD from its mean)", "text-anchor", "middle",
                "font-size", "12", "fill", "#222");
        svg.text(LEFT - 6, TOP + 10, Markup.coefficient(hi), "text-anchor", "end", "font-size", "11", "fill", "#555");
        svg.text(LEFT - 6, TOP + HEIGHT, Markup.coefficient(lo), "text-anchor", "end", "font-size", "11", "fill", "#555");
        svg.text(LEFT - 6, TOP + HEIGHT / 2, e.target(), "text-anchor", "end", "font-size", "12", "fill", "#222");
    }

    private static void legend(Svg svg, ModerationEntry.InteractionEntry e, int lines) {
        for (int k = 0; k < lines; k++) {
            double y = TOP + 20 + 20 * k;
            double x = LEFT + WIDTH + 12;
            svg.element("line", "x1", x, "y1", y, "x2", x + 24, "y2", y, "stroke", COLOURS[k], "stroke-width", "2",
                    "stroke-dasharray", DASHES[k]);
            String label = e.quadratic() ? e.independent() + "²" : labelOf(e, e.slopes().get(k));
            svg.text(x + 30, y + 4, label, "font-size", "12", "fill", "#222");
        }
    }

    private static String labelOf(ModerationEntry.InteractionEntry e, ModerationEntry.SlopeEntry s) {
        String level = s.level() == 0 ? "mean" : String.format(Locale.ROOT, "%+.0f SD", s.level());
        return e.moderator() + " " + level + " (" + Markup.coefficient(s.slope()) + ")";
    }
}
