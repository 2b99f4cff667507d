package dev.csimodel;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The bad-input catalogue of docs/reliability.md: every entry must fail with the documented
 * exception type and a message naming the culprit. Keep the two in step.
 */
class BadInputCatalogueTest {

    static final List<String> ABC = List.of("a1", "a2", "b1", "b2", "c1", "c2");

    /** A -> B -> C, two Mode A indicators each. */
    static PathModel chain() {
        return PathModel.builder().construct("A").modeA("a1", "a2").construct("B").modeA("b1", "b2")
                .construct("C").modeA("c1", "c2").path("A", "B").path("B", "C").build();
    }

    /** Seeded standard-normal columns named {@code names}, {@code n} rows. */
    static DataTable gaussian(List<String> names, int n) {
        Random rnd = new Random(20240601L);
        double[][] rows = new double[n][names.size()];
        for (double[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rnd.nextGaussian();
            }
        }
        return DataTable.ofRows(names, rows);
    }

    static DataTable withValue(DataTable t, String column, int row, double value) {
        double[] x = t.column(column);
        x[row] = value;
        return t.withColumn(column, x);
    }

    static DataTable constant(DataTable t, String column, double value) {
        double[] x = new double[t.rowCount()];
        java.util.Arrays.fill(x, value);
        return t.withColumn(column, x);
    }

    static DataTable scaled(DataTable t, String column, double factor) {
        double[] x = t.column(column);
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
        return t.withColumn(column, x);
    }

    static Executable fit(PathModel model, DataTable data) {
        return () -> PlsEstimator.withDefaults().estimate(model, data);
    }

    static Stream<Arguments> catalogue() {
        DataTable ok = gaussian(ABC, 50);
        PathModel many = PathModel.builder().construct("A").modeA("a1").construct("B").modeA("b1")
                .construct("C").modeA("c1").construct("D").modeA("a2")
                .path("A", "D").path("B", "D").path("C", "D").build();
        PathModel formative = PathModel.builder().construct("A").modeB("a1", "a2", "b1", "b2", "c1")
                .construct("B").modeA("c2").path("A", "B").build();
        PathModel twins = PathModel.builder().construct("A").modeA("a1").construct("B").modeA("a1copy")
                .construct("C").modeA("c1").path("A", "C").path("B", "C").build();
        List<Arguments> list = new ArrayList<>(List.of(
                arguments("empty data", fit(chain(), gaussian(ABC, 0)), CsiDataException.class,
                        "at least two observations are needed, the data has 0"),
                arguments("one row", fit(chain(), gaussian(ABC, 1)), CsiDataException.class,
                        "at least two observations are needed, the data has 1"),
                arguments("more predictors than rows", fit(many, gaussian(ABC, 4)), CsiDataException.class,
                        "the structural regression of construct 'D' has 4 parameters (3 predictors and an intercept)"
                                + " but the data has only 4 observations"),
                arguments("Mode B block wider than the data", fit(formative, gaussian(ABC, 5)), CsiDataException.class,
                        "the Mode B block of construct 'A' has 5 indicators but the data has only 5 observations"),
                arguments("constant column", fit(chain(), constant(ok, "b2", 3.0)), CsiDataException.class,
                        "indicator 'b2' has zero variance"),
                arguments("column of subnormal scale", fit(chain(), scaled(ok, "b1", 1e-160)), CsiDataException.class,
                        "indicator 'b1' has variance "),
                arguments("column of NaN", fit(chain(), constant(ok, "c1", Double.NaN)), CsiDataException.class,
                        "column 'c1', row 1: missing value"),
                arguments("infinite value", fit(chain(), withValue(ok, "a2", 2, Double.POSITIVE_INFINITY)),
                        CsiDataException.class, "column 'a2', row 3: non-finite value Infinity"),
                arguments("infinite value under mean replacement", (Executable) () -> PlsEstimator.withDefaults()
                                .estimate(chain(), withValue(ok, "a2", 2, Double.NEGATIVE_INFINITY), MissingStrategy.MEAN),
                        CsiDataException.class, "column 'a2', row 3: non-finite value -Infinity (only NaN marks a missing value)"),
                arguments("duplicate column names", (Executable) () -> DataTable.ofRows(List.of("a1", "b1", "a1"),
                        new double[][]{{1, 2, 3}}), CsiDataException.class, "duplicate column name 'a1'"),
                arguments("indicator missing from data", fit(chain(), ok.select(List.of("a1", "a2", "b1", "c1", "c2"))),
                        CsiDataException.class, "the data has no column for indicator(s) [b2]"),
                arguments("perfectly collinear predictors", fit(twins, ok.withColumn("a1copy", ok.column("a1"))),
                        CsiEstimationException.class, "the predecessors of construct 'C' are perfectly collinear: [A, B]"),
                arguments("construct with no indicators", (Executable) () -> PathModel.builder().construct("A")
                        .modeA("a1").construct("B").modeA().path("A", "B").build(),
                        CsiSpecificationException.class, "construct 'B' has no indicators"),
                arguments("construct never given a block", (Executable) () -> PathModel.builder().construct("A")
                        .modeA("a1").construct("B").path("A", "B").build(),
                        CsiSpecificationException.class, "construct 'B' has no indicators"),
                arguments("cycle", (Executable) () -> chain().toBuilder().path("C", "A").build(),
                        CsiSpecificationException.class, "the structural model has a cycle: A -> B -> C -> A"),
                arguments("self-loop", (Executable) () -> chain().toBuilder().path("B", "B").build(),
                        CsiSpecificationException.class, "self-loop on construct 'B'"),
                arguments("duplicate path", (Executable) () -> chain().toBuilder().path("A", "B").build(),
                        CsiSpecificationException.class, "duplicate path A -> B"),
                arguments("path to unknown construct", (Executable) () -> chain().toBuilder().path("C", "Z").build(),
                        CsiSpecificationException.class, "path C -> Z names unknown construct 'Z'"),
                arguments("isolated construct", (Executable) () -> chain().toBuilder().construct("D").modeA("d1").build(),
                        CsiSpecificationException.class, "construct 'D' is isolated"),
                arguments("indicator in two blocks", (Executable) () -> PathModel.builder().construct("A").modeA("a1")
                        .construct("B").modeA("a1").path("A", "B").build(),
                        CsiSpecificationException.class, "indicator 'a1' is in two blocks: 'A' and 'B'"),
                arguments("tolerance zero", (Executable) () -> PlsSettings.defaults().withTolerance(0),
                        CsiSpecificationException.class, "tolerance must be positive and finite, got 0.0"),
                arguments("tolerance negative", (Executable) () -> PlsSettings.defaults().withTolerance(-1e-9),
                        CsiSpecificationException.class, "tolerance must be positive and finite, got -1.0E-9"),
                arguments("tolerance NaN", (Executable) () -> PlsSettings.defaults().withTolerance(Double.NaN),
                        CsiSpecificationException.class, "tolerance must be positive and finite, got NaN"),
                arguments("max iterations zero", (Executable) () -> PlsSettings.defaults().withMaxIterations(0),
                        CsiSpecificationException.class, "maxIterations must be at least 1, got 0"),
                arguments("start weight for a non-indicator", (Executable) () -> new PlsEstimator(PlsSettings.defaults()
                        .withStartWeights(java.util.Map.of("zz", 1.0))).estimate(chain(), ok),
                        CsiSpecificationException.class, "start weight given for 'zz'")));
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void failsWithTypedExceptionNamingTheCulprit(String input, Executable action, Class<? extends CsiException> type,
                                                 String message) {
        CsiException e = assertThrows(type, action, input);
        assertTrue(e.getMessage().contains(message), input + ": got \"" + e.getMessage() + "\"");
    }
}
