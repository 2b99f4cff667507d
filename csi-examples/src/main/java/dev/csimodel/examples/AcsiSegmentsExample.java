package dev.csimodel.examples;

import dev.csimodel.CsiException;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.index.SegmentIndex;
import dev.csimodel.models.index.SegmentIndices;
import dev.csimodel.models.index.SegmentSettings;
import dev.csimodel.models.index.Segmentation;
import dev.csimodel.models.national.IndexModel;
import dev.csimodel.spec.PathModel;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The ACSI model on a survey CSV whose column names are the company's own (q1..q14), bound to the
 * ACSI constructs with a column map, and the satisfaction index per store from one pooled
 * estimation (the ACSI way: weights from the pooled model, means per segment).
 */
public final class AcsiSegmentsExample {

    static final String[] STORES = {"north", "centre", "south"};

    private AcsiSegmentsExample() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : writeSurvey(Files.createTempFile("acsi-survey", ".csv"));
        run(csv, System.out);
    }

    public static SegmentIndices run(Path csv, PrintStream out) {
        PathModel model = IndexModel.ACSI.binding()
                .map("CE", "q1", "q2", "q3")
                .map("PQ", "q4", "q5", "q6")
                .map("PV", "q7", "q8")
                .map("SAT", "q9", "q10", "q11")
                .map("COMP", "q12")
                .map("LOY", "q13", "q14")
                .build();
        GroupedData survey;
        try {
            survey = CsvDataReader.withDefaults().readGrouped(csv, model.indicators(), "store");
        } catch (CsiException e) {
            out.println("cannot read the survey: " + e.getMessage());
            throw e;
        }
        SegmentIndices indices = SegmentIndices.compute(model, survey.table(),
                Segmentation.of(survey.labels().toArray(String[]::new)),
                IndicatorScales.uniform(Scale.ONE_TO_TEN), SegmentSettings.pooled());
        out.printf(Locale.ROOT, "ACSI satisfaction index by store (pooled weights, scale 1-10)%n");
        out.printf(Locale.ROOT, "%-8s %6s %8s %8s%n", "store", "n", "SAT", "LOY");
        for (SegmentIndex s : indices.segments()) {
            out.printf(Locale.ROOT, "%-8s %6d %8.2f %8.2f%n", s.segment(), s.size(),
                    s.index().requireIndex("SAT"), s.index().requireIndex("LOY"));
        }
        indices.pooled().ifPresent(p -> out.printf(Locale.ROOT, "%-8s %6s %8.2f %8.2f%n", "all", "",
                p.requireIndex("SAT"), p.requireIndex("LOY")));
        return indices;
    }

    /**
     * Writes a synthetic ACSI survey (600 answers, 1-10 scale, three stores whose customers
     * differ in perceived quality) standing in for the user's own file.
     */
    static Path writeSurvey(Path file) {
        Random rnd = new Random(11);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("respondent,store,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14\n");
            for (int r = 0; r < 600; r++) {
                int store = r % 3;
                double ce = rnd.nextGaussian();
                double pq = 0.5 * ce + 0.8 * rnd.nextGaussian() + (store - 1) * 0.6;
                double pv = 0.2 * ce + 0.6 * pq + 0.7 * rnd.nextGaussian();
                double sat = 0.1 * ce + 0.4 * pq + 0.4 * pv + 0.5 * rnd.nextGaussian();
                double comp = -0.5 * sat + 0.8 * rnd.nextGaussian();
                double loy = 0.6 * sat - 0.2 * comp + 0.7 * rnd.nextGaussian();
                double[] eta = {ce, ce, ce, pq, pq, pq, pv, pv, sat, sat, sat, -comp, loy, loy};
                StringBuilder line = new StringBuilder().append(r + 1).append(',').append(STORES[store]);
                for (double e : eta) {
                    long v = Math.round(7 + 1.3 * (0.85 * e + 0.55 * rnd.nextGaussian()));
                    line.append(',').append(Math.max(1, Math.min(10, v)));
                }
                w.write(line.append('\n').toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
