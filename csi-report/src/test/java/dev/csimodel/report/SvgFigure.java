package dev.csimodel.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SVG figures of an HTML report, read with the JDK's XML parser (which also proves the page
 * well-formed), with the geometric checks the tests share.
 */
public final class SvgFigure {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Average advance of a sans-serif glyph in ems: a generous estimate of a label's width. */
    private static final double CHAR_WIDTH = 0.6;

    /** An axis-parallel rectangle: left, top, right, bottom. */
    public record Rect(double left, double top, double right, double bottom) {
        public boolean overlaps(Rect o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }
    }

    private SvgFigure() {
    }

    /** @return the parsed page; fails the test if it is not well-formed XML */
    public static Document parse(String page) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the page is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** @return the {@code <svg>} element with the given class */
    public static Element svg(Document doc, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(SVG_NS, "svg");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                found.add(e);
            }
        }
        assertEquals(1, found.size(), "svg elements of class " + cssClass);
        return found.get(0);
    }

    /** @return the elements {@code name} under {@code root}, with class {@code cssClass} if not null */
    public static List<Element> elements(Element root, String name, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS(SVG_NS, name);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cssClass == null || e.getAttribute("class").equals(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the text of every {@code <text>} under {@code root} */
    public static List<String> texts(Element root) {
        return elements(root, "text", null).stream().map(Element::getTextContent).toList();
    }

    public static double number(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        assertTrue(!v.isEmpty(), () -> e.getTagName() + " has no " + attribute);
        return Double.parseDouble(v);
    }

    /** @return the bounding box of an ellipse, rect, circle or line; of a text, its estimated extent */
    public static Rect bounds(Element e) {
        return switch (e.getLocalName()) {
            case "ellipse" -> around(number(e, "cx"), number(e, "cy"), number(e, "rx"), number(e, "ry"));
            case "circle" -> around(number(e, "cx"), number(e, "cy"), number(e, "r"), number(e, "r"));
            case "rect" -> new Rect(number(e, "x"), number(e, "y"), number(e, "x") + number(e, "width"),
                    number(e, "y") + number(e, "height"));
            case "line" -> new Rect(Math.min(number(e, "x1"), number(e, "x2")), Math.min(number(e, "y1"), number(e, "y2")),
                    Math.max(number(e, "x1"), number(e, "x2")), Math.max(number(e, "y1"), number(e, "y2")));
            case "text" -> textBounds(e);
            default -> throw new AssertionError("unexpected element " + e.getLocalName());
        };
    }

    private static Rect around(double cx, double cy, double rx, double ry) {
        return new Rect(cx - rx, cy - ry, cx + rx, cy + ry);
    }

    private static Rect textBounds(Element e) {
        double size = number(e, "font-size");
        double w = e.getTextContent().length() * size * CHAR_WIDTH;
        double x = number(e, "x");
        double y = number(e, "y");
        double left = switch (e.getAttribute("text-anchor")) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
        };
        return new Rect(left, y - size, left + w, y + size / 4);
    }

    /** Asserts that every drawn element (rotated texts aside) lies within the viewBox. */
    public static void assertInsideViewBox(Element svg) {
        String[] vb = svg.getAttribute("viewBox").trim().split("\\s+");
        Rect view = new Rect(Double.parseDouble(vb[0]), Double.parseDouble(vb[1]),
                Double.parseDouble(vb[0]) + Double.parseDouble(vb[2]), Double.parseDouble(vb[1]) + Double.parseDouble(vb[3]));
        int checked = 0;
        for (String name : List.of("ellipse", "circle", "rect", "line", "text")) {
            for (Element e : elements(svg, name, null)) {
                if (e.hasAttribute("transform") || e.getParentNode().getLocalName().equals("marker")) {
                    continue;
                }
                Rect r = bounds(e);
                assertTrue(r.left() >= view.left() && r.right() <= view.right() && r.top() >= view.top()
                                && r.bottom() <= view.bottom(),
                        () -> name + " '" + e.getTextContent() + "' at " + r + " outside the viewBox " + view);
                checked++;
            }
        }
        assertTrue(checked > 0, "nothing drawn");
    }

    /** Asserts that no two of the elements' bounding boxes overlap. */
    public static void assertDisjoint(List<Element> shapes) {
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                Rect a = bounds(shapes.get(i));
                Rect b = bounds(shapes.get(j));
                int fi = i;
                int fj = j;
                assertTrue(!a.overlaps(b), () -> describe(shapes.get(fi)) + " overlaps " + describe(shapes.get(fj)));
            }
        }
    }

    public static String describe(Element e) {
        return e.getLocalName() + " " + bounds(e);
    }

    /**
     * @return true if the line passes through the ellipse's interior away from its ends, by
     *         sampling the line at 400 points
     */
    public static boolean crossesInterior(Element line, Element ellipse) {
        double x1 = number(line, "x1");
        double y1 = number(line, "y1");
        double x2 = number(line, "x2");
        double y2 = number(line, "y2");
        double cx = number(ellipse, "cx");
        double cy = number(ellipse, "cy");
        double rx = number(ellipse, "rx");
        double ry = number(ellipse, "ry");
        for (int k = 0; k <= 400; k++) {
            double t = k / 400.0;
            double dx = (x1 + t * (x2 - x1) - cx) / rx;
            double dy = (y1 + t * (y2 - y1) - cy) / ry;
            // 0.9: a line ending on the ellipse's boundary only grazes it
            if (dx * dx + dy * dy < 0.9) {
                return true;
            }
        }
        return false;
    }
}
