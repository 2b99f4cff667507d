package dev.csimodel.report;

import dev.csimodel.models.kano.KanoCategory;
import dev.csimodel.models.kano.KanoCounts;
import dev.csimodel.models.kano.KanoResult;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The report of {@code csi kano}: per attribute the counts of the six Kano categories, the
 * dominant one and the customer-satisfaction coefficients Better = (A + O) / (A + O + M + I) and
 * Worse = −(O + M) / (A + O + M + I) (Berger et al. 1993); null when no answer is in A, O, M or I.
 *
 * @param kind       always {@code "kano"}
 * @param data       the answers file
 * @param attributes one entry per attribute, in file order
 */
public record KanoTable(String kind, String data, List<Attribute> attributes) implements TextOrJsonReport {

    /** One attribute's classification. */
    public record Attribute(String attribute, int respondents, int attractive, int oneDimensional, int mustBe,
                            int indifferent, int reverse, int questionable, String category, Double better,
                            Double worse) {
    }

    /**
     * @param data the answer file's name
     * @param results one classification per attribute, in file order
     * @return the report of {@code results}
     */
    public static KanoTable of(String data, List<KanoResult> results) {
        return new KanoTable("kano", data, results.stream().map(KanoTable::attribute).toList());
    }

    private static Attribute attribute(KanoResult r) {
        KanoCounts c = r.counts();
        return new Attribute(r.attribute(), c.total(), c.attractive(), c.oneDimensional(), c.mustBe(), c.indifferent(),
                c.count(KanoCategory.REVERSE), c.count(KanoCategory.QUESTIONABLE),
                r.dominant().name().toLowerCase(Locale.ROOT), number(r.better()), number(r.worse()));
    }

    private static Double number(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    @Override
    public String command() {
        return "csi kano";
    }

    @Override
    public String text() {
        ReportTable t = new ReportTable(2, "attribute", "category", "n", "A", "O", "M", "I", "R", "Q", "Better", "Worse");
        for (Attribute a : attributes) {
            t.row(a.attribute(), a.category(), Integer.toString(a.respondents()), Integer.toString(a.attractive()),
                    Integer.toString(a.oneDimensional()), Integer.toString(a.mustBe()), Integer.toString(a.indifferent()),
                    Integer.toString(a.reverse()), Integer.toString(a.questionable()), cell(a.better()), cell(a.worse()));
        }
        return "Kano classification of " + data + " (Berger et al. 1993; A attractive, O one-dimensional, M must-be, "
                + "I indifferent, R reverse, Q questionable)\n" + t.render();
    }

    private static String cell(Double v) {
        return v == null ? ReportTables.NA : String.format(Locale.ROOT, "%.3f", v);
    }
}
