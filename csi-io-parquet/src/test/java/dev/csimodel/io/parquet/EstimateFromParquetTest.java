package dev.csimodel.io.parquet;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The library path the CLI takes: a Parquet file as a {@link DataSource}, in memory and streamed
 * into the moment accumulator, estimates the ECSI bank model as the CSV's rows do (1e-12).
 */
class EstimateFromParquetTest {

    private static final double SAME_DATA = 1e-12;
    private static final PathModel ECSI = ModelSyntax.parse("""
            IMAG =~ imag1 + imag2 + imag3 + imag4 + imag5
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL  =~ val1 + val2 + val3 + val4
            SAT  =~ sat1 + sat2 + sat3 + sat4
            LOY  =~ loy1 + loy2 + loy3 + loy4
            EXPE ~ IMAG
            QUAL ~ EXPE
            VAL  ~ EXPE + QUAL
            SAT  ~ IMAG + EXPE + QUAL + VAL
            LOY  ~ IMAG + SAT
            """);

    @TempDir
    Path dir;

    @Test
    void inMemoryAndStreamedEstimatesEqualTheCsvRows() throws Exception {
        Path csv = dir.resolve("satisfaction.csv");
        try (InputStream in = EstimateFromParquetTest.class.getResourceAsStream("/satisfaction/satisfaction.csv")) {
            Files.write(csv, in.readAllBytes());
        }
        Path file = dir.resolve("bank.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("copy (select * from read_csv('" + csv + "', header = true)) to '" + file + "' (format parquet)");
        }
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.stream(lines.get(0).split(",")).map(h -> h.replace("\"", "")).toList();
        double[][] rows = lines.subList(1, lines.size()).stream()
                .map(l -> Arrays.stream(l.split(",")).limit(27).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
        PlsResult expected = PlsEstimator.withDefaults().estimate(ECSI, DataTable.ofRows(header.subList(0, 27), rows));

        DataSource parquet = ParquetFile.of(file);
        List<String> indicators = ECSI.indicators();
        PlsResult inMemory = PlsEstimator.withDefaults().estimate(ECSI, parquet.read(indicators));
        PlsResult streamed = PlsEstimator.withDefaults().estimate(ECSI,
                parquet.accumulate(MomentAccumulator.of(indicators)).toMoments());
        for (PlsResult actual : List.of(inMemory, streamed)) {
            assertEquals(expected.observations(), actual.observations());
            assertEquals(10, ECSI.paths().size());
            for (StructuralPath p : ECSI.paths()) {
                assertEquals(expected.pathCoefficient(p.from(), p.to()), actual.pathCoefficient(p.from(), p.to()),
                        SAME_DATA, p.from() + " -> " + p.to());
            }
            for (String indicator : indicators) {
                assertEquals(expected.outerWeight(indicator), actual.outerWeight(indicator), SAME_DATA, indicator);
                assertEquals(expected.loading(indicator), actual.loading(indicator), SAME_DATA, indicator);
            }
        }
    }
}
