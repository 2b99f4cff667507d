package dev.csimodel.report.svg;

import java.util.Locale;

/** Text and number rendering shared by the HTML page and its SVG figures. */
public final class Markup {

    private Markup() {
    }

    /**
     * Escapes the five characters with a meaning in HTML and XML text and attributes, so that a
     * construct or file name can never break the page's markup (the page parses as XML).
     *
     * @param s the text
     * @return {@code s} with its markup characters replaced by entities; empty for null
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** @return a coordinate with one decimal, locale-independent */
    static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** @return a coefficient with three decimals, as in the tables */
    static String coefficient(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** @return the significance stars of a p-value: *** &lt; 0.001, ** &lt; 0.01, * &lt; 0.05 */
    static String stars(Double p) {
        if (p == null) {
            return "";
        }
        return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
    }
}
