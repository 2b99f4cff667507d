package dev.csimodel.reference;

import java.util.function.BiFunction;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares an estimate with cSEM's {@code _weights}, {@code _loadings}, {@code _paths} and
 * {@code _r2} files (construct rows, indicator or predictor columns; see ORIGIN.md).
 */
final class CsemEstimates {

    static final double WEIGHT_TOL = 1e-6;
    static final double LOADING_TOL = 1e-6;
    static final double PATH_TOL = 1e-6;
    static final double R2_TOL = 1e-6;

    private final String prefix;
    private final double tolerance;

    /** @param prefix e.g. {@code "csem_sat_unit"} */
    CsemEstimates(String prefix) {
        this(prefix, PATH_TOL);
    }

    /**
     * @param prefix    e.g. {@code "csem_sat_ordpls"}
     * @param tolerance the tolerance of every comparison (weights, loadings, paths, R²)
     */
    CsemEstimates(String prefix, double tolerance) {
        this.prefix = prefix;
        this.tolerance = tolerance;
    }

    private ReferenceTable table(String suffix) {
        return ReferenceTable.load("/satisfaction/reference/csem/" + prefix + "_" + suffix + ".csv");
    }

    /** Each indicator's weight in its own construct's row. */
    void weights(Function<String, Double> weight) {
        perIndicator(table("weights"), weight, tolerance, "weight");
    }

    void loadings(Function<String, Double> loading) {
        perIndicator(table("loadings"), loading, tolerance, "loading");
    }

    /** Every path of the model (nonzero cells; cSEM writes 0 where there is no path). */
    int paths(BiFunction<String, String, Double> path) {
        ReferenceTable t = table("paths");
        int checked = 0;
        for (String to : BankData.CONSTRUCTS) {
            for (String from : BankData.CONSTRUCTS) {
                double expected = t.number(to, from);
                if (expected != 0) {
                    assertEquals(expected, path.apply(from, to), tolerance, prefix + " path " + from + " -> " + to);
                    checked++;
                }
            }
        }
        assertEquals(10, checked, "the bank model has 10 paths");
        return checked;
    }

    void rSquared(Function<String, Double> r2, Function<String, Double> adjusted) {
        ReferenceTable t = table("r2");
        for (String c : t.header().subList(1, t.header().size())) {
            assertEquals(t.number("R2", c), r2.apply(c), tolerance, prefix + " R2 " + c);
            assertEquals(t.number("R2adj", c), adjusted.apply(c), tolerance, prefix + " R2adj " + c);
        }
    }

    private void perIndicator(ReferenceTable t, Function<String, Double> value, double tol, String what) {
        for (String c : BankData.CONSTRUCTS) {
            for (String i : BankData.indicators(c)) {
                assertEquals(t.number(c, i), value.apply(i), tol, prefix + " " + what + " " + i);
            }
        }
    }
}
