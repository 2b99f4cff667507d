package dev.csimodel.spark;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.analysis.rollup.HierarchyFile;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.csimodel.analysis.rollup.Hierarchy;
import dev.csimodel.analysis.rollup.Level;
import dev.csimodel.analysis.rollup.Rollup;
import dev.csimodel.analysis.rollup.RollupIndex;
import dev.csimodel.analysis.rollup.RollupResult;
import dev.csimodel.analysis.rollup.RollupSettings;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The programme rollup on Spark against csi-analysis's Rollup on the same rows. */
class SparkRollupTest {

    /** Moments merged across partitions differ from the rows' only by rounding. */
    private static final double ROUNDING = 1e-9;
    private static final IndicatorScales ZERO_TEN = IndicatorScales.uniform(Scale.ZERO_TO_TEN);

    private static SparkSession spark;
    private static final BankFrames BANK = BankFrames.load();
    private static final Hierarchy HIERARCHY = Hierarchy.builder()
            .company("shop0", "retail", "services", 120).company("shop1", "retail", "services", 80)
            .company("shop2", "online", "digital", 50)
            .sector("services", 0.6).sector("digital", 0.4).build();

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("csimodel-rollup-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The rows in the order of the file, sliced into partitions without a shuffle (reproducible). */
    private static Dataset<Row> frame() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < BANK.values.length; i++) {
            rows.add(BANK.row(i, BankFrames.shop(i)));
        }
        return spark.createDataFrame(rows, BankFrames.schema(BANK.indicators));
    }

    private static List<String> shops() {
        return IntStream.range(0, BANK.values.length).mapToObj(BankFrames::shop).toList();
    }

    @Test
    void everyLevelEqualsTheLibraryOnTheSameRows() {
        SparkPls pls = SparkPls.of(BankFrames.model());
        RollupResult spark = new SparkRollup(pls, HIERARCHY, ZERO_TEN, RollupSettings.defaults()).compute(frame(), "shop");
        RollupResult jvm = Rollup.compute(BankFrames.model(), BANK.table(i -> true), shops(), HIERARCHY, ZERO_TEN,
                RollupSettings.defaults());
        assertEquals(jvm.indices().size(), spark.indices().size());
        for (RollupIndex i : jvm.indices()) {
            assertEquals(i.value(), spark.index(i.level(), i.name(), i.construct()).orElseThrow(), ROUNDING, i.toString());
        }
    }

    @Test
    void poissonBootstrapIsReproducibleAndAgreesWithTheStratifiedOne() {
        SparkPls pls = SparkPls.of(BankFrames.model());
        RollupSettings settings = RollupSettings.defaults().withBootstrap(100, 5);
        RollupResult first = new SparkRollup(pls, HIERARCHY, ZERO_TEN, settings).compute(frame(), "shop");
        RollupResult again = new SparkRollup(pls, HIERARCHY, ZERO_TEN, settings).compute(frame(), "shop");
        assertEquals(first.indices(), again.indices());
        assertEquals(0, first.failedReplicates());
        RollupResult jvm = Rollup.compute(BankFrames.model(), BANK.table(i -> true), shops(), HIERARCHY, ZERO_TEN,
                settings.withBootstrap(200, 5));
        double poisson = se(first, "SAT");
        double stratified = se(jvm, "SAT");
        // both estimate the same standard error; B = 100 and 200 leave each about 7% and 5% noise
        assertTrue(Math.abs(poisson / stratified - 1) < 0.35, poisson + " vs " + stratified);
        RollupIndex national = first.estimate(Level.NATIONAL, RollupResult.NATIONAL, "SAT").orElseThrow();
        assertTrue(national.interval().orElseThrow().lower() < national.value()
                && national.value() < national.interval().orElseThrow().upper());
    }

    private static double se(RollupResult r, String construct) {
        return r.estimate(Level.NATIONAL, RollupResult.NATIONAL, construct).orElseThrow().standardError().orElseThrow();
    }

    @Test
    void poissonDrawsHaveMeanAndVarianceOne() {
        SplittableRandom random = new SplittableRandom(SparkRollup.mix(3, 1, 7));
        double sum = 0;
        double squares = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            int k = SparkRollup.poisson(random);
            sum += k;
            squares += (double) k * k;
        }
        double mean = sum / n;
        // standard error of the mean 1/sqrt(n) = 0.0022; of the variance about 0.0037
        assertEquals(1.0, mean, 0.01);
        assertEquals(1.0, squares / n - mean * mean, 0.02);
    }

    @Test
    void jobWritesTheRollupTable(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bank.csv");
        try (InputStream in = getClass().getResourceAsStream("/satisfaction/satisfaction.csv")) {
            Files.copy(in, csv);
        }
        Path model = dir.resolve("bank.model");
        Files.writeString(model, ModelSyntax.format(BankFrames.model()));
        Path hierarchy = dir.resolve("hierarchy.csv");
        Files.writeString(hierarchy, """
                company,industry,sector,revenue,gdp_share
                female,retail,services,100,0.7
                male,online,digital,40,0.3
                """);
        Path out = dir.resolve("rollup");
        SparkPlsJob.run(spark, JobOptions.parse("--data", csv.toString(), "--model", model.toString(), "--out",
                out.toString(), "--group", "gender", "--scale", "0,10", "--hierarchy", hierarchy.toString()));
        List<Row> rows = spark.read().option("header", "true").option("inferSchema", "true").csv(out.toString())
                .collectAsList();
        RollupResult jvm = Rollup.compute(BankFrames.model(), BANK.table(i -> true), List.of(BANK.gender),
                HierarchyFile.read(hierarchy), ZERO_TEN, RollupSettings.defaults());
        Row national = rows.stream().filter(r -> r.getString(0).equals("national") && "SAT".equals(r.getString(2)))
                .findFirst().orElseThrow();
        assertEquals(jvm.national("SAT").orElseThrow(), national.getDouble(3), ROUNDING);
        double female = jvm.index(Level.COMPANY, "female", "SAT").orElseThrow();
        double male = jvm.index(Level.COMPANY, "male", "SAT").orElseThrow();
        assertEquals(0.7 * female + 0.3 * male, national.getDouble(3), ROUNDING, "GDP-share weighted by hand");
        assertEquals((2 + 2 + 2 + 1) * 6, rows.size(), "companies, industries, sectors, nation × 6 constructs");
        CsiSpecificationException noGroup = assertThrows(CsiSpecificationException.class, () -> JobOptions.parse(
                "--data", "x", "--model", "m", "--out", "o", "--scale", "0,10", "--hierarchy", "h.csv"));
        assertTrue(noGroup.getMessage().contains("--hierarchy needs --group"), noGroup.getMessage());
        assertThrows(CsiSpecificationException.class, () -> JobOptions.parse(
                "--data", "x", "--model", "m", "--out", "o", "--bootstrap", "10"));
    }

    @Test
    void companyMissingFromTheHierarchyIsNamed() {
        Hierarchy two = Hierarchy.builder().company("shop0", "retail", "services", 120)
                .company("shop1", "retail", "services", 80).sector("services", 1.0).build();
        CsiDataException e = assertThrows(CsiDataException.class, () -> new SparkRollup(SparkPls.of(BankFrames.model()),
                two, ZERO_TEN, RollupSettings.defaults()).compute(frame(), "shop"));
        assertTrue(e.getMessage().contains("company 'shop2'"), e.getMessage());
    }
}
