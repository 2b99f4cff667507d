package dev.csimodel.spark;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import dev.csimodel.data.MomentAccumulator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkPlsTest {

    /** Spark moments against two-pass in-memory moments (merge order differs: rounding only). */
    static final double MOMENT_TOL = 1e-12;
    /** Estimates from Spark against single-JVM estimates (issue #7). */
    static final double ESTIMATE_TOL = 1e-9;

    private static SparkSession spark;
    private static BankFrames bank;
    private static final PathModel MODEL = BankFrames.model();
    private static final PlsEstimator PLS = PlsEstimator.withDefaults();

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("csimodel-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        bank = BankFrames.load();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void oneModelOverAllPartitionsEqualsTheSingleJvmEstimate() {
        Dataset<Row> data = bank.frame(spark);
        DataTable all = bank.table(i -> true);
        MomentAccumulator acc = SparkPls.of(MODEL).moments(data);
        Moments expected = Moments.of(all, MODEL.indicators());
        Moments got = acc.toMoments();
        assertEquals(250.0, got.observations());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.mean(i), got.mean(i), MOMENT_TOL);
            for (int j = 0; j < expected.size(); j++) {
                assertEquals(expected.covariance(i, j), got.covariance(i, j), MOMENT_TOL);
            }
        }
        assertSame(PLS.estimate(MODEL, all), SparkPls.of(MODEL).estimate(data));
    }

    @Test
    void oneRowPerSegmentEqualToTheSingleJvmEstimates() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bank.values.length; i++) {
            rows.add(bank.row(i, BankFrames.shop(i)));
        }
        for (int i = 0; i < 5; i++) {
            rows.add(bank.row(i, "tiny"));
        }
        Dataset<Row> data = spark.createDataFrame(rows, BankFrames.schema(bank.indicators)).repartition(3);
        IndicatorScales scales = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
        Map<String, Row> out = SparkPls.of(MODEL).withIndex(scales).estimateSegments(data, "shop").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r));
        assertEquals(4, out.size());
        for (int s = 0; s < 3; s++) {
            int shop = s;
            PlsResult expected = PLS.estimate(MODEL, bank.table(i -> i % 3 == shop));
            Row r = out.get("shop" + s);
            assertTrue(r.<Boolean>getAs("estimated"));
            assertEquals(expected.observations(), r.<Double>getAs("observations"), 0.0);
            assertEquals(expected.converged(), r.<Boolean>getAs("converged"));
            for (String c : MODEL.endogenous()) {
                assertEquals(expected.rSquared(c).orElseThrow(), r.<Double>getAs(SegmentTable.rSquaredColumn(c)), ESTIMATE_TOL, c);
            }
            for (StructuralPath p : MODEL.paths()) {
                assertEquals(expected.pathCoefficient(p.from(), p.to()),
                        r.<Double>getAs(SegmentTable.pathColumn(p.from(), p.to())), ESTIMATE_TOL, p.toString());
            }
            CsiIndex index = CsiIndex.of(expected, scales);
            for (String c : MODEL.constructNames()) {
                assertEquals(index.requireIndex(c), r.<Double>getAs(SegmentTable.indexColumn(c)), ESTIMATE_TOL, c);
            }
            assertTrue(r.isNullAt(r.fieldIndex("index_failure")));
        }
        Row tiny = out.get("tiny");
        assertFalse(tiny.<Boolean>getAs("estimated"));
        assertEquals(5L, tiny.<Long>getAs("rows"));
        assertTrue(tiny.<String>getAs("failure").contains("too few rows"), tiny.<String>getAs("failure"));
        assertTrue(tiny.isNullAt(tiny.fieldIndex(SegmentTable.rSquaredColumn("SAT"))));
        assertTrue(tiny.isNullAt(tiny.fieldIndex(SegmentTable.indexColumn("SAT"))));
        assertEquals("segment not estimated", tiny.<String>getAs("index_failure"));
    }

    @Test
    void realSegmentColumnGender() {
        Dataset<Row> data = bank.frame(spark);
        List<Row> out = SparkPls.of(MODEL).estimateSegments(data, "gender").collectAsList();
        assertThrows(IllegalArgumentException.class, () -> out.get(0).fieldIndex(SegmentTable.indexColumn("SAT")),
                "no index columns unless scales are given");
        assertEquals(List.of("female", "male"), out.stream().map(r -> r.getString(0)).toList());
        for (Row r : out) {
            String g = r.getString(0);
            PlsResult expected = PLS.estimate(MODEL, bank.table(i -> bank.gender[i].equals(g)));
            assertEquals(expected.pathCoefficient("SAT", "LOY"),
                    r.<Double>getAs(SegmentTable.pathColumn("SAT", "LOY")), ESTIMATE_TOL, g);
        }
    }

    @Test
    void missingValuesFailNamingTheColumnOrAreSkipped() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bank.values.length; i++) {
            Row r = bank.row(i, BankFrames.shop(i));
            if (i == 17) {
                Object[] v = new Object[r.length()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = r.get(j);
                }
                v[2 + bank.indicators.indexOf("val2")] = null;
                r = org.apache.spark.sql.RowFactory.create(v);
            }
            rows.add(r);
        }
        Dataset<Row> data = spark.createDataFrame(rows, BankFrames.schema(bank.indicators)).coalesce(1);
        Exception e = assertThrows(Exception.class, () -> SparkPls.of(MODEL).moments(data));
        assertTrue(causeChain(e).contains("'val2'"), causeChain(e));
        MomentAccumulator skipped = SparkPls.of(MODEL).skippingIncomplete().moments(data);
        assertEquals(1, skipped.skippedRows());
        assertEquals(249, skipped.rowCount());
        assertSame(PLS.estimate(MODEL, bank.table(i -> i != 17)),
                PLS.estimate(MODEL, skipped.toMoments()));
    }

    @Test
    void missingColumnsAreNamed() {
        Dataset<Row> data = bank.frame(spark).drop("qual3");
        CsiDataException e = assertThrows(CsiDataException.class, () -> SparkPls.of(MODEL).moments(data));
        assertTrue(e.getMessage().contains("qual3"), e.getMessage());
        CsiDataException g = assertThrows(CsiDataException.class,
                () -> SparkPls.of(MODEL).estimateSegments(bank.frame(spark), "region"));
        assertTrue(g.getMessage().contains("region"), g.getMessage());
    }

    @Test
    void modelAndSettingsSurviveTheTripToExecutors() {
        EstimatorSpec spec = EstimatorSpec.of(MODEL, PLS.settings());
        assertEquals(MODEL, spec.model());
        assertEquals(PLS.settings(), spec.estimator().settings());
        PlsSettings custom = PlsSettings.defaults().withScheme(InnerScheme.FACTORIAL).withTolerance(1e-7)
                .withMaxIterations(50).withStartWeights(Map.of("imag1", 2.0)).withFailOnNonConvergence(true);
        assertEquals(custom, EstimatorSpec.of(MODEL, custom).settings());
    }

    private static String causeChain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append(" | ");
        }
        return sb.toString();
    }

    static void assertSame(PlsResult expected, PlsResult actual) {
        for (String ind : MODEL.indicators()) {
            assertEquals(expected.outerWeight(ind), actual.outerWeight(ind), ESTIMATE_TOL, ind);
            assertEquals(expected.loading(ind), actual.loading(ind), ESTIMATE_TOL, ind);
        }
        for (StructuralPath p : MODEL.paths()) {
            assertEquals(expected.pathCoefficient(p.from(), p.to()), actual.pathCoefficient(p.from(), p.to()),
                    ESTIMATE_TOL, p.toString());
        }
        for (String c : MODEL.endogenous()) {
            assertEquals(expected.rSquared(c).orElseThrow(), actual.rSquared(c).orElseThrow(), ESTIMATE_TOL, c);
        }
    }
}
