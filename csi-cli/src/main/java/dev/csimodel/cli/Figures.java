package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.svg.IndexBars;
import dev.csimodel.report.svg.IpmaChart;
import dev.csimodel.report.svg.PathDiagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --figure [KIND=]FILE.svg} options: each writes one figure of the HTML report as a
 * standalone SVG file (an XML declaration, then the same {@code <svg>} element, coordinates and
 * viewBox as in the page). KIND is {@code diagram} (the path diagram), {@code ipma} (the
 * importance-performance map) or {@code indices} (the 0-100 index bars); without it the file's
 * base name is the kind ({@code --figure out/ipma.svg}).
 */
final class Figures {

    /** The figures that can be written. */
    enum Kind { DIAGRAM, IPMA, INDICES }

    /** One requested figure. */
    record Figure(Kind kind, Path file) {
    }

    private final List<Figure> figures;

    private Figures(List<Figure> figures) {
        this.figures = List.copyOf(figures);
    }

    /**
     * @param specs the {@code --figure} values
     * @throws CsiSpecificationException naming the value if its kind is unknown or it is not an .svg file
     */
    static Figures parse(List<String> specs) {
        List<Figure> out = new ArrayList<>();
        for (String spec : specs == null ? List.<String>of() : specs) {
            int eq = spec.indexOf('=');
            String file = eq < 0 ? spec : spec.substring(eq + 1);
            if (!file.toLowerCase(Locale.ROOT).endsWith(".svg") || file.length() == ".svg".length()) {
                throw new CsiSpecificationException("--figure " + spec + ": expected an .svg file, e.g. diagram.svg");
            }
            Path path = Path.of(file);
            String base = path.getFileName().toString();
            String kind = eq < 0 ? base.substring(0, base.length() - ".svg".length()) : spec.substring(0, eq);
            out.add(new Figure(kind(spec, kind), path));
        }
        return new Figures(out);
    }

    private static Kind kind(String spec, String name) {
        for (Kind k : Kind.values()) {
            if (k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new CsiSpecificationException("--figure " + spec + ": unknown figure '" + name
                + "'; expected diagram, ipma or indices (KIND=FILE.svg, or a file named diagram.svg, ipma.svg or indices.svg)");
    }

    /** @return the files to write, to be kept apart from the inputs and the report */
    List<Path> files() {
        return figures.stream().map(Figure::file).toList();
    }

    /**
     * Checks, before anything is written, that every figure can be drawn from {@code report}.
     *
     * @throws CsiSpecificationException naming the figure if the report lacks what it shows
     *                                   (no IPMA, or no indices without a scale)
     */
    void check(EstimationReport report) {
        for (Figure f : figures) {
            if (f.kind() == Kind.IPMA && report.ipma() == null) {
                throw new CsiSpecificationException("--figure " + f.file() + ": the report has no importance-performance "
                        + "map (it needs --scale, and a target with drivers)");
            }
            if (f.kind() == Kind.INDICES && !report.indexed()) {
                throw new CsiSpecificationException("--figure " + f.file() + ": the report has no indices (give --scale)");
            }
        }
    }

    /**
     * Writes the figures of a {@linkplain #check checked} report.
     *
     * @throws CsiSpecificationException naming a file that is an input or cannot be written
     */
    void write(Console console, EstimationReport report, List<Path> inputs) {
        for (Figure f : figures) {
            String svg = switch (f.kind()) {
                case DIAGRAM -> PathDiagram.svg(report);
                case IPMA -> IpmaChart.svg(report.ipma());
                case INDICES -> IndexBars.svg(report);
            };
            ReportOutput.write(console, f.file(), inputs, out -> {
                out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
                out.println(svg);
            });
        }
    }
}
