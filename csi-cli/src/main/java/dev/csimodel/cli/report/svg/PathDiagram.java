package dev.csimodel.cli.report.svg;

import dev.csimodel.cli.report.ConstructEntry;
import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.IndicatorEntry;
import dev.csimodel.cli.report.PathEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The estimated model as an SVG path diagram: constructs as ellipses with their R², indicators
 * as boxes joined by arrows labelled with their loadings (outer weights for Mode B blocks, whose
 * arrows point to the construct), and structural paths as arrows labelled with their
 * coefficients and significance stars (bootstrap p-value when there is one, else OLS).
 */
public final class PathDiagram {

    private static final double MARGIN = 12;
    private static final double FONT = 14;
    private static final double SMALL_FONT = 12;
    private static final double BOX_FONT = 12;
    /** Positions tried for a path's label along its arrow, from the start (0) to the end (1). */
    private static final double[] PATH_LABEL_POSITIONS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75};
    /** Average advance of a sans-serif character, in ems: enough to keep labels inside the view. */
    private static final double CHAR_WIDTH = 0.6;
    private static final String INK = "#222";
    private static final String PATH_COLOUR = "#1f4e79";
    private static final String MEASURE_COLOUR = "#888";
    /**
     * Where on a measurement arrow its label sits, from the construct (0) to the box (1): near the
     * boxes of a row, where the arrows are furthest apart; mid-way to a column of boxes, whose
     * arrows are short and nearly parallel.
     */
    private static final double ROW_LABEL_POSITION = 0.72;
    private static final double COLUMN_LABEL_POSITION = 0.45;

    private final EstimationReport report;
    private final DiagramLayout layout;
    private final Svg svg = new Svg();
    /** Labels drawn after every line, so that no line is drawn over a label. */
    private final List<Runnable> labels = new ArrayList<>();
    /** Areas taken by constructs, boxes and placed labels. */
    private final List<Box> taken = new ArrayList<>();
    /** Structural arrows as {x1, y1, x2, y2}. */
    private final List<double[]> arrows = new ArrayList<>();
    private Box extent;

    private PathDiagram(EstimationReport report) {
        this.report = report;
        List<String> names = report.constructs().stream().map(ConstructEntry::name).toList();
        List<int[]> edges = new ArrayList<>();
        for (PathEntry p : report.paths()) {
            edges.add(new int[] {names.indexOf(p.from()), names.indexOf(p.to())});
        }
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        double longest = 0;
        for (IndicatorEntry i : report.indicators()) {
            blocks.computeIfAbsent(i.construct(), k -> new ArrayList<>()).add(i.name());
            longest = Math.max(longest, textWidth(i.name(), BOX_FONT));
        }
        this.layout = new DiagramLayout(names, edges, blocks, Math.max(40, longest + 10));
    }

    /** @return the path diagram of {@code report} as an {@code <svg>} element */
    public static String svg(EstimationReport report) {
        return new PathDiagram(report).draw();
    }

    private String draw() {
        svg.arrowhead("csi-arrow-path", PATH_COLOUR).arrowhead("csi-arrow-measure", MEASURE_COLOUR);
        for (ConstructEntry c : report.constructs()) {
            DiagramLayout.Node n = layout.node(c.name());
            taken.add(Box.centred(n.x(), n.y(), 2 * DiagramLayout.RX, 2 * DiagramLayout.RY));
        }
        for (IndicatorEntry i : report.indicators()) {
            indicator(i);
        }
        for (PathEntry p : report.paths()) {
            path(p);
        }
        for (ConstructEntry c : report.constructs()) {
            construct(c);
        }
        labels.forEach(Runnable::run);
        return svg.render(extent.grow(MARGIN), "Path diagram of the estimated model", "csi-diagram");
    }

    private void construct(ConstructEntry c) {
        DiagramLayout.Node n = layout.node(c.name());
        svg.element("ellipse", "class", "construct", "cx", n.x(), "cy", n.y(), "rx", DiagramLayout.RX,
                "ry", DiagramLayout.RY, "fill", "#eaf1fb", "stroke", PATH_COLOUR, "stroke-width", "1.5");
        boolean r2 = c.r2() != null;
        label(n.x(), n.y() + (r2 ? -2 : 5), c.name(), FONT, INK, "font-weight", "bold");
        if (r2) {
            label(n.x(), n.y() + 15, "R² = " + Markup.coefficient(c.r2()), SMALL_FONT, INK);
        }
        grow(Box.centred(n.x(), n.y(), 2 * DiagramLayout.RX, 2 * DiagramLayout.RY));
    }

    private void indicator(IndicatorEntry i) {
        Box b = layout.box(i.name());
        DiagramLayout.Node n = layout.node(i.construct());
        svg.element("rect", "class", "indicator", "x", b.x(), "y", b.y(), "width", b.width(), "height", b.height(),
                "rx", "3", "fill", "#fff", "stroke", "#555");
        label(b.x() + b.width() / 2, b.y() + b.height() / 2 + 4, i.name(), BOX_FONT, INK);
        grow(b);
        taken.add(b);
        double[] box = Geometry.boxBoundary(b, n.x(), n.y());
        double[] ell = Geometry.ellipseBoundary(n.x(), n.y(), DiagramLayout.RX, DiagramLayout.RY, box[0], box[1]);
        boolean formative = "B".equals(report.construct(i.construct()).map(ConstructEntry::mode).orElse("A"));
        double[] from = formative ? box : ell;
        double[] to = formative ? ell : box;
        svg.element("line", "class", "measurement", "x1", from[0], "y1", from[1], "x2", to[0], "y2", to[1],
                "stroke", MEASURE_COLOUR, "stroke-width", "1", "marker-end", "url(#csi-arrow-measure)");
        Double value = formative ? i.weight() : i.loading();
        if (value != null) {
            boolean column = n.side() == DiagramLayout.Side.LEFT || n.side() == DiagramLayout.Side.RIGHT;
            double t = column ? COLUMN_LABEL_POSITION : ROW_LABEL_POSITION;
            double lx = ell[0] + t * (box[0] - ell[0]);
            double ly = ell[1] + t * (box[1] - ell[1]);
            String text = Markup.coefficient(value);
            taken.add(Box.centred(lx, ly, textWidth(text, SMALL_FONT), SMALL_FONT));
            labels.add(() -> haloLabel(lx, ly + 3.5, text, SMALL_FONT, "#555"));
        }
    }

    private void path(PathEntry p) {
        DiagramLayout.Node a = layout.node(p.from());
        DiagramLayout.Node b = layout.node(p.to());
        double[] from = Geometry.ellipseBoundary(a.x(), a.y(), DiagramLayout.RX, DiagramLayout.RY, b.x(), b.y());
        double[] to = Geometry.ellipseBoundary(b.x(), b.y(), DiagramLayout.RX, DiagramLayout.RY, a.x(), a.y());
        svg.element("line", "class", "path", "x1", from[0], "y1", from[1], "x2", to[0], "y2", to[1],
                "stroke", PATH_COLOUR, "stroke-width", "1.6", "marker-end", "url(#csi-arrow-path)");
        double[] arrow = {from[0], from[1], to[0], to[1]};
        arrows.add(arrow);
        if (p.estimate() != null) {
            Double pValue = p.bootPValue() != null ? p.bootPValue() : p.pValue();
            String text = Markup.coefficient(p.estimate()) + Markup.stars(pValue);
            labels.add(() -> pathLabel(arrow, text));
        }
    }

    /**
     * Puts a coefficient on its arrow at the first position (middle first) where it neither
     * covers a construct, a box or another label nor sits on another arrow; the middle if none.
     */
    private void pathLabel(double[] arrow, String text) {
        double w = textWidth(text, FONT);
        Box chosen = null;
        for (double t : PATH_LABEL_POSITIONS) {
            Box b = Box.centred(arrow[0] + t * (arrow[2] - arrow[0]), arrow[1] + t * (arrow[3] - arrow[1]), w, FONT)
                    .grow(1);
            if (taken.stream().noneMatch(b::overlaps) && arrows.stream().filter(a -> a != arrow)
                    .noneMatch(a -> b.crossedBy(a[0], a[1], a[2], a[3]))) {
                chosen = b;
                break;
            }
        }
        if (chosen == null) {
            chosen = Box.centred((arrow[0] + arrow[2]) / 2, (arrow[1] + arrow[3]) / 2, w + 2, FONT + 2);
        }
        taken.add(chosen);
        double cx = chosen.x() + chosen.width() / 2;
        double cy = chosen.y() + chosen.height() / 2;
        haloLabel(cx, cy + 4, text, FONT, PATH_COLOUR);
    }

    /** A label on a line: a white outline behind the glyphs keeps it legible over the line. */
    private void haloLabel(double x, double y, String text, double size, String colour) {
        label(x, y, text, size, colour, "stroke", "#fff", "stroke-width", "3", "paint-order", "stroke");
    }

    private void label(double x, double y, String text, double size, String colour, Object... more) {
        Object[] attributes = new Object[6 + more.length];
        System.arraycopy(new Object[] {"text-anchor", "middle", "font-size", size, "fill", colour}, 0, attributes, 0, 6);
        System.arraycopy(more, 0, attributes, 6, more.length);
        svg.text(x, y, text, attributes);
        grow(Box.centred(x, y - size / 3, textWidth(text, size), size));
    }

    private void grow(Box b) {
        extent = extent == null ? b : extent.union(b);
    }

    static double textWidth(String text, double size) {
        return text.length() * size * CHAR_WIDTH;
    }
}
