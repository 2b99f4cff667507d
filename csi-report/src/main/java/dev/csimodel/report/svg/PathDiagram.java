package dev.csimodel.report.svg;

import dev.csimodel.report.ConstructEntry;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.IndicatorEntry;
import dev.csimodel.report.PathEntry;

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
    /** Positions tried for a path's label along its arrow, from the start (0) to the end (1): middle first. */
    private static final double[] PATH_LABEL_POSITIONS = {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25,
            0.75, 0.2, 0.8, 0.15, 0.85};
    /**
     * Positions tried for a loading's label, from the construct (0) to the box (1): near the boxes
     * first, where the arrows of a block are furthest apart.
     */
    private static final double[] MEASURE_LABEL_POSITIONS = {0.75, 0.7, 0.8, 0.65, 0.85, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3};
    /** Average advance of a sans-serif character, in ems: enough to keep labels inside the view. */
    private static final double CHAR_WIDTH = 0.6;
    /** A label's box spans from one em above its baseline to a quarter em below it. */
    private static final double ASCENT = 1.0;
    private static final double DESCENT = 0.25;
    /** Clearance kept around a label. */
    private static final double LABEL_PAD = 1.5;
    /** Cost of a label's conflicts when no position is free: covering a shape is worse than touching a line. */
    private static final double COVER_COST = 10;
    private static final String INK = "#222";
    private static final String PATH_COLOUR = "#1f4e79";
    private static final String MEASURE_COLOUR = "#888";

    /** An arrow of the diagram with the label it carries (null text for none). */
    private record Arrow(int id, double x1, double y1, double x2, double y2, String text, double size, String colour,
                         String cssClass, double[] positions) {
    }

    private final EstimationReport report;
    private final DiagramLayout layout;
    private final Svg svg = new Svg();
    /** Areas taken by constructs, boxes and placed labels. */
    private final List<Box> taken = new ArrayList<>();
    /** Every arrow, structural and measurement, known before any label is placed. */
    private final List<Arrow> arrows = new ArrayList<>();
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

    /**
     * @param report the report whose model and estimates are drawn
     * @return the path diagram of {@code report} as an {@code <svg>} element
     */
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
        // structural labels first: they have the fewest free places (crossing arrows between columns)
        arrows.stream().filter(a -> a.text() != null && a.colour().equals(PATH_COLOUR)).forEach(this::place);
        arrows.stream().filter(a -> a.text() != null && !a.colour().equals(PATH_COLOUR)).forEach(this::place);
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
        int id = arrows.size();
        svg.element("line", "class", "measurement", "data-arrow", id, "x1", from[0], "y1", from[1], "x2", to[0],
                "y2", to[1], "stroke", MEASURE_COLOUR, "stroke-width", "1", "marker-end", "url(#csi-arrow-measure)");
        Double value = formative ? i.weight() : i.loading();
        // label positions count from the construct whichever way the arrow points
        arrows.add(new Arrow(id, ell[0], ell[1], box[0], box[1], value == null ? null : Markup.coefficient(value),
                SMALL_FONT, "#555", "measure-label", MEASURE_LABEL_POSITIONS));
    }

    private void path(PathEntry p) {
        DiagramLayout.Node a = layout.node(p.from());
        DiagramLayout.Node b = layout.node(p.to());
        double[] from = Geometry.ellipseBoundary(a.x(), a.y(), DiagramLayout.RX, DiagramLayout.RY, b.x(), b.y());
        double[] to = Geometry.ellipseBoundary(b.x(), b.y(), DiagramLayout.RX, DiagramLayout.RY, a.x(), a.y());
        int id = arrows.size();
        svg.element("line", "class", "path", "data-arrow", id, "x1", from[0], "y1", from[1], "x2", to[0], "y2", to[1],
                "stroke", PATH_COLOUR, "stroke-width", "1.6", "marker-end", "url(#csi-arrow-path)");
        String text = null;
        if (p.estimate() != null) {
            Double pValue = p.bootPValue() != null ? p.bootPValue() : p.pValue();
            text = Markup.coefficient(p.estimate()) + Markup.stars(pValue);
        }
        arrows.add(new Arrow(id, from[0], from[1], to[0], to[1], text, FONT, PATH_COLOUR, "path-label",
                PATH_LABEL_POSITIONS));
    }

    /**
     * Puts an arrow's label on it at the first position where it neither covers a construct, a
     * box or another label nor is crossed by another arrow; if there is none, at the position
     * with the fewest such conflicts (covering weighs more than crossing).
     */
    private void place(Arrow arrow) {
        double w = textWidth(arrow.text(), arrow.size());
        double h = (ASCENT + DESCENT) * arrow.size();
        Box chosen = null;
        double best = Double.MAX_VALUE;
        for (double t : arrow.positions()) {
            Box b = Box.centred(arrow.x1() + t * (arrow.x2() - arrow.x1()), arrow.y1() + t * (arrow.y2() - arrow.y1()),
                    w, h).grow(LABEL_PAD);
            double cost = conflicts(b, arrow);
            if (cost < best) {
                best = cost;
                chosen = b;
            }
            if (cost == 0) {
                break;
            }
        }
        taken.add(chosen);
        double cx = chosen.x() + chosen.width() / 2;
        double top = chosen.y() + LABEL_PAD;
        haloLabel(cx, top + ASCENT * arrow.size(), arrow.text(), arrow.size(), arrow.colour(), "class", arrow.cssClass(),
                "data-arrow", arrow.id());
    }

    private double conflicts(Box b, Arrow own) {
        double cost = 0;
        for (Box t : taken) {
            if (b.overlaps(t)) {
                cost += COVER_COST;
            }
        }
        for (Arrow a : arrows) {
            if (a != own && b.crossedBy(a.x1(), a.y1(), a.x2(), a.y2())) {
                cost += 1;
            }
        }
        return cost;
    }

    /** A label on a line: a white outline behind the glyphs keeps it legible over the line. */
    private void haloLabel(double x, double y, String text, double size, String colour, Object... more) {
        Object[] halo = {"stroke", "#fff", "stroke-width", "3", "paint-order", "stroke"};
        Object[] attributes = new Object[halo.length + more.length];
        System.arraycopy(halo, 0, attributes, 0, halo.length);
        System.arraycopy(more, 0, attributes, halo.length, more.length);
        label(x, y, text, size, colour, attributes);
    }

    private void label(double x, double y, String text, double size, String colour, Object... more) {
        Object[] attributes = new Object[6 + more.length];
        System.arraycopy(new Object[] {"text-anchor", "middle", "font-size", size, "fill", colour}, 0, attributes, 0, 6);
        System.arraycopy(more, 0, attributes, 6, more.length);
        svg.text(x, y, text, attributes);
        grow(new Box(x - textWidth(text, size) / 2, y - ASCENT * size, textWidth(text, size), (ASCENT + DESCENT) * size));
    }

    private void grow(Box b) {
        extent = extent == null ? b : extent.union(b);
    }

    static double textWidth(String text, double size) {
        return text.length() * size * CHAR_WIDTH;
    }
}
