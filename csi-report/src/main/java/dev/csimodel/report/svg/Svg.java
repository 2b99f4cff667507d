package dev.csimodel.report.svg;

/**
 * Writes one inline SVG element: every attribute value and text is escaped, every number is
 * written with a point and one decimal, so the output is well-formed XML whatever the names.
 */
final class Svg {

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();

    /** Appends an empty element with attributes given as name, value pairs. */
    Svg element(String name, Object... attributes) {
        body.append('<').append(name);
        attributes(body, attributes);
        body.append("/>\n");
        return this;
    }

    /** Appends a text element at (x, y) with further attributes as name, value pairs. */
    Svg text(double x, double y, String text, Object... attributes) {
        body.append("<text x=\"").append(Markup.coordinate(x)).append("\" y=\"").append(Markup.coordinate(y)).append('"');
        attributes(body, attributes);
        body.append('>').append(Markup.escape(text)).append("</text>\n");
        return this;
    }

    /** Appends an arrowhead marker of the given colour, used as {@code marker-end="url(#id)"}. */
    Svg arrowhead(String id, String colour) {
        defs.append("<marker id=\"").append(Markup.escape(id)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(Markup.escape(colour)).append("\"/></marker>\n");
        return this;
    }

    /**
     * @param box      the drawing's extent in user units
     * @param label    the accessible name of the figure
     * @param cssClass the class of the {@code <svg>} element, naming the figure
     * @return the complete {@code <svg>} element
     */
    String render(Box box, String label, String cssClass) {
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(Markup.escape(cssClass))
                .append("\" font-family=\"sans-serif\" role=\"img\" aria-label=\"").append(Markup.escape(label)).append("\" viewBox=\"")
                .append(Markup.coordinate(box.x())).append(' ').append(Markup.coordinate(box.y())).append(' ')
                .append(Markup.coordinate(box.width())).append(' ').append(Markup.coordinate(box.height()))
                .append("\" width=\"").append(Markup.coordinate(box.width())).append("\" height=\"")
                .append(Markup.coordinate(box.height())).append("\">\n");
        if (!defs.isEmpty()) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        return out.append(body).append("</svg>").toString();
    }

    private static void attributes(StringBuilder b, Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object v = attributes[i + 1];
            String value = v instanceof Double d ? Markup.coordinate(d) : String.valueOf(v);
            b.append(' ').append(attributes[i]).append("=\"").append(Markup.escape(value)).append('"');
        }
    }
}
