package dev.csimodel.spark;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.ipma.Driver;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkPlsJobTest {

    /** Estimates read back from the job's CSV output against single-JVM estimates. */
    static final double ESTIMATE_TOL = 1e-9;

    private static SparkSession spark;
    private static final PathModel MODEL = BankFrames.model();

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("csimodel-job-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                // Kryo skips writeObject and transient fields: the accumulators must travel compacted.
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void jobWritesOneModelAndPerSegmentResults(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bank.csv");
        try (InputStream in = getClass().getResourceAsStream("/satisfaction/satisfaction.csv")) {
            Files.copy(in, csv);
        }
        Path model = dir.resolve("bank.model");
        Files.writeString(model, ModelSyntax.format(MODEL));
        BankFrames bank = BankFrames.load();
        PlsResult all = PlsEstimator.withDefaults().estimate(MODEL, bank.table(i -> true));

        Path one = dir.resolve("one");
        SparkPlsJob.run(spark, JobOptions.parse("--data", csv.toString(), "--model", model.toString(),
                "--out", one.toString(), "--scale", "0,10"));
        List<Row> long_ = spark.read().option("header", "true").option("inferSchema", "true")
                .csv(one.toString()).collectAsList();
        Row satLoy = long_.stream().filter(r -> r.getString(0).equals("path") && r.getString(1).equals("SAT")
                && r.getString(2).equals("LOY")).findFirst().orElseThrow();
        assertEquals(all.pathCoefficient("SAT", "LOY"), satLoy.getDouble(3), ESTIMATE_TOL);
        ImportancePerformance map = ImportancePerformance.constructs(all, IndicatorScales.uniform(Scale.ZERO_TO_TEN),
                ImportancePerformance.defaultTarget(MODEL).orElseThrow());
        int drivers = map.drivers().size();
        assertEquals(1 + 10 + 5 + 2 * 27 + 6 + 2 * drivers, long_.size(),
                "observations + 10 paths + 5 R² + 27 weights and loadings + 6 indices + impact and performance"
                        + " of each driver of the map");
        for (Driver d : map.drivers()) {
            Row impact = long_.stream().filter(r -> r.getString(0).equals("impact") && r.getString(1).equals(d.name())
                    && r.getString(2).equals(map.target())).findFirst().orElseThrow();
            assertEquals(d.impact(), impact.getDouble(3), ESTIMATE_TOL, d.name());
            Row performance = long_.stream().filter(r -> r.getString(0).equals("performance")
                    && r.getString(1).equals(d.name())).findFirst().orElseThrow();
            assertEquals(d.performance(), performance.getDouble(3), ESTIMATE_TOL, d.name());
        }
        Row satIndex = long_.stream().filter(r -> r.getString(0).equals("index") && r.getString(1).equals("SAT"))
                .findFirst().orElseThrow();
        assertEquals(CsiIndex.of(all, IndicatorScales.uniform(Scale.ZERO_TO_TEN)).requireIndex("SAT"), satIndex.getDouble(3),
                ESTIMATE_TOL);
        assertEquals(plspmIndex("SAT"), satIndex.getDouble(3), ESTIMATE_TOL, "R plspm 0.5.1, path scheme");

        Path seg = dir.resolve("seg");
        SparkPlsJob.run(spark, JobOptions.parse("--data", csv.toString(), "--model", model.toString(),
                "--out", seg.toString(), "--group", "gender", "--out-format", "parquet"));
        List<Row> bySegment = spark.read().parquet(seg.toString()).orderBy("segment").collectAsList();
        assertEquals(2, bySegment.size());
        Row female = bySegment.get(0);
        assertEquals("female", female.getString(0));
        PlsResult f = PlsEstimator.withDefaults().estimate(MODEL, bank.table(i -> bank.gender[i].equals("female")));
        assertEquals(f.rSquared("SAT").orElseThrow(), female.<Double>getAs(SegmentTable.rSquaredColumn("SAT")), ESTIMATE_TOL);
    }

    /** The path-scheme index of {@code construct} from the plspm reference file (see ORIGIN.md). */
    private static double plspmIndex(String construct) throws Exception {
        try (InputStream in = SparkPlsJobTest.class.getResourceAsStream("/satisfaction/reference/plspm_sat_index_0_100.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String[] f = line.replace("\"", "").split(",");
                if (f[0].equals("path") && f[1].equals(construct)) {
                    return Double.parseDouble(f[2]);
                }
            }
        }
        throw new AssertionError("no plspm index for " + construct);
    }

    @Test
    void optionsAreParsedAndBadOnesNamed() {
        JobOptions o = JobOptions.parse("--data", "s3://b/x.parquet", "--model", "m.txt", "--out", "o",
                "--scheme", "centroid", "--skip-incomplete");
        assertEquals("parquet", o.dataFormat());
        assertEquals("csv", o.outFormat());
        assertEquals(InnerScheme.CENTROID, o.scheme());
        assertTrue(o.skipIncomplete());
        assertNull(o.group());
        assertNull(o.scale());
        assertEquals(Scale.ONE_TO_TEN, JobOptions.parse("--data", "x", "--model", "m", "--out", "o", "--scale", "1, 10").scale());
        CsiSpecificationException scale = assertThrows(CsiSpecificationException.class,
                () -> JobOptions.parse("--data", "x", "--model", "m", "--out", "o", "--scale", "1-10"));
        assertTrue(scale.getMessage().contains("'1-10'"), scale.getMessage());
        CsiSpecificationException missing = assertThrows(CsiSpecificationException.class,
                () -> JobOptions.parse("--data", "x.csv"));
        assertTrue(missing.getMessage().contains("--model"), missing.getMessage());
        CsiSpecificationException unknown = assertThrows(CsiSpecificationException.class,
                () -> JobOptions.parse("--data", "x.csv", "--colour", "red"));
        assertTrue(unknown.getMessage().contains("--colour"), unknown.getMessage());
        CsiSpecificationException noValue = assertThrows(CsiSpecificationException.class,
                () -> JobOptions.parse("--data", "x.csv", "--model"));
        assertTrue(noValue.getMessage().contains("'--model' needs a value"), noValue.getMessage());
        CsiSpecificationException scheme = assertThrows(CsiSpecificationException.class,
                () -> JobOptions.parse("--data", "x", "--model", "m", "--out", "o", "--scheme", "magic"));
        assertTrue(scheme.getMessage().contains("magic"), scheme.getMessage());
        assertThrows(CsiSpecificationException.class,
                () -> JobOptions.parse("--data", "x", "--model", "m", "--out", "o", "--format", "json"));
    }

    @Test
    void outputThatWouldReplaceAnInputIsRefused() {
        CsiSpecificationException same = assertThrows(CsiSpecificationException.class,
                () -> JobOptions.parse("--data", "surveys/2026", "--model", "m", "--out", "surveys/./2026/"));
        assertTrue(same.getMessage().contains("would replace the --data input 'surveys/2026'"), same.getMessage());
        CsiSpecificationException inside = assertThrows(CsiSpecificationException.class,
                () -> JobOptions.parse("--data", "hdfs://nn/s/x.parquet", "--model", "m", "--out", "hdfs://nn/s"));
        assertTrue(inside.getMessage().contains("--data"), inside.getMessage());
        CsiSpecificationException model = assertThrows(CsiSpecificationException.class,
                () -> JobOptions.parse("--data", "x", "--model", "results/m.model", "--out", "results"));
        assertTrue(model.getMessage().contains("--model"), model.getMessage());
        assertEquals("results2", JobOptions.parse("--data", "results/x", "--model", "m", "--out", "results2").out());
    }
}
