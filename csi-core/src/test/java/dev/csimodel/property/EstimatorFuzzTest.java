package dev.csimodel.property;

import dev.csimodel.CsiException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.Coefficient;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fuzzing: seeded random models and data, damaged by 1-3 random mutations (missing, infinite,
 * huge or subnormal values, constant, dropped or duplicated columns, few rows, odd weights and
 * settings). Every case must end in a result whose estimates are all finite, or in a
 * {@link CsiException}; any other throwable, or a NaN in a result, fails with the seed.
 */
class EstimatorFuzzTest {

    static final int CASES = 2000;

    @Test
    void everyInputGivesAFiniteResultOrACsiException() {
        int results = 0;
        int rejected = 0;
        for (long seed = 0; seed < CASES; seed++) {
            Random rnd = new Random(seed * 7919 + 17);
            RandomCase c = RandomCase.generate(seed);
            DataTable data = c.data();
            PathModel model = c.model();
            List<String> log = new ArrayList<>();
            DataHandling handling = DataHandling.defaults();
            PlsSettings settings = PlsSettings.defaults();
            int mutations = 1 + rnd.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                int kind = rnd.nextInt(10);
                log.add("mutation " + kind);
                switch (kind) {
                    case 0 -> data = setCells(data, rnd, Double.NaN);
                    case 1 -> data = setCells(data, rnd, rnd.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                    case 2 -> data = scaleColumn(data, rnd, rnd.nextBoolean() ? 0.0 : 1e-160);
                    case 3 -> data = scaleColumn(data, rnd, 1e155);
                    case 4 -> data = dropColumn(data, rnd);
                    case 5 -> data = data.rows(IntStream.range(0, Math.min(data.rowCount(), rnd.nextInt(6))).toArray());
                    case 6 -> data = copyColumn(data, rnd);
                    case 7 -> {
                        data = data.withColumn("w", weights(data.rowCount(), rnd));
                        handling = handling.withWeightColumn("w");
                    }
                    case 8 -> handling = handling.withMissing(MissingStrategy.values()[rnd.nextInt(4)]);
                    default -> settings = settings.withTolerance(Math.pow(10, -300 * rnd.nextDouble()))
                            .withMaxIterations(1 + rnd.nextInt(5))
                            .withScheme(InnerScheme.values()[rnd.nextInt(InnerScheme.values().length)]);
                }
            }
            try {
                PlsResult r = new PlsEstimator(settings).estimate(model, data, handling);
                assertFinite("seed " + seed + " " + log + ": ", r);
                results++;
            } catch (CsiException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "seed " + seed + ": empty message");
                rejected++;
            } catch (RuntimeException | AssertionError e) {
                fail("seed " + seed + " " + log + ": " + e, e);
            }
        }
        // Both outcomes must be exercised for the fuzzing to mean anything.
        assertTrue(results > CASES / 10 && rejected > CASES / 10, results + " results, " + rejected + " rejected");
    }

    private static void assertFinite(String at, PlsResult r) {
        for (String ind : r.model().indicators()) {
            assertTrue(Double.isFinite(r.outerWeight(ind)) && Double.isFinite(r.loading(ind)), at + "indicator " + ind);
        }
        for (String k : r.model().constructNames()) {
            assertTrue(Double.isFinite(r.rSquared(k).orElse(0)) && Double.isFinite(r.adjustedRSquared(k).orElse(0)), at + "R2 " + k);
            r.regression(k).ifPresent(reg -> {
                for (Coefficient c : reg.predictors()) {
                    assertTrue(Double.isFinite(c.estimate()) && c.stdError().stream().noneMatch(Double::isNaN)
                            && c.tValue().stream().noneMatch(Double::isNaN) && c.pValue().stream().noneMatch(Double::isNaN), at + c);
                }
            });
            for (double v : r.scores().column(k)) {
                assertTrue(Double.isFinite(v), at + "score " + k);
            }
        }
        r.diagnostics();
        EstimatorPropertyTest.assertQualityFinite(at, r);
    }

    private static DataTable setCells(DataTable t, Random rnd, double value) {
        String col = t.columnNames().get(rnd.nextInt(t.columnCount()));
        double[] x = t.column(col);
        int count = 1 + rnd.nextInt(Math.max(1, x.length));
        for (int i = 0; i < count && x.length > 0; i++) {
            x[rnd.nextInt(x.length)] = value;
        }
        return t.withColumn(col, x);
    }

    private static DataTable scaleColumn(DataTable t, Random rnd, double factor) {
        String col = t.columnNames().get(rnd.nextInt(t.columnCount()));
        double[] x = t.column(col);
        for (int i = 0; i < x.length; i++) {
            x[i] = factor == 0 ? 4.0 : x[i] * factor;
        }
        return t.withColumn(col, x);
    }

    private static DataTable dropColumn(DataTable t, Random rnd) {
        List<String> keep = new ArrayList<>(t.columnNames());
        keep.remove(rnd.nextInt(keep.size()));
        return keep.isEmpty() ? t : t.select(keep);
    }

    private static DataTable copyColumn(DataTable t, Random rnd) {
        List<String> names = t.columnNames();
        String from = names.get(rnd.nextInt(names.size()));
        String to = names.get(rnd.nextInt(names.size()));
        double[] x = t.column(from);
        double a = rnd.nextBoolean() ? 1.0 : -2.5;
        for (int i = 0; i < x.length; i++) {
            x[i] = a * x[i] + 1;
        }
        return t.withColumn(to, x);
    }

    private static double[] weights(int n, Random rnd) {
        double[] w = new double[n];
        int style = rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            w[i] = switch (style) {
                case 0 -> rnd.nextInt(4);
                case 1 -> rnd.nextDouble() * 1e-3;
                case 2 -> rnd.nextDouble() < 0.05 ? -1 : 1 + rnd.nextDouble();
                default -> rnd.nextDouble() < 0.05 ? Double.NaN : rnd.nextDouble() * 10;
            };
        }
        return w;
    }
}
