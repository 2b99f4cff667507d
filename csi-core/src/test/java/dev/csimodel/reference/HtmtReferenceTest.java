package dev.csimodel.reference;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.HtmtCorrelations;
import dev.csimodel.result.QualityCriteria;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTMT (absolute and signed) and HTMT2 against cSEM 0.6.1 on the ECSI bank survey; resources
 * {@code satisfaction/reference/csem}, see ORIGIN.md. The absolute variant is checked against
 * seminr in {@link SeminrReferenceTest#htmt()}.
 */
class HtmtReferenceTest {

    static final double TOL = 1e-6;
    static QualityCriteria quality;

    @BeforeAll
    static void fit() {
        quality = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), BankData.table()).quality();
    }

    @Test
    void signedHtmtMatchesCsem() {
        ReferenceTable t = ReferenceTable.load("/satisfaction/reference/csem/csem_sat_htmt.csv");
        forLowerTriangle((a, b) -> assertEquals(t.number(a, b),
                quality.htmt(a, b, HtmtCorrelations.SIGNED).orElseThrow(), TOL, a + "/" + b));
    }

    @Test
    void htmt2MatchesCsem() {
        ReferenceTable t = ReferenceTable.load("/satisfaction/reference/csem/csem_sat_htmt2.csv");
        forLowerTriangle((a, b) -> {
            assertEquals(t.number(a, b), quality.htmt2(a, b).orElseThrow(), TOL, a + "/" + b);
            assertEquals(t.number(a, b), quality.htmt2(b, a).orElseThrow(), TOL, "symmetric " + a + "/" + b);
        });
        assertEquals(0.964842, quality.htmt2("EXPE", "QUAL").orElseThrow(), 1e-6);
    }

    @Test
    void reverseKeyedItemLeavesAbsoluteHtmtAndChangesSigned() {
        QualityCriteria reversed = PlsEstimator.withDefaults()
                .estimate(BankData.model(OuterMode.A), negated(BankData.table(), "imag1")).quality();
        for (String other : List.of("EXPE", "SAT", "LOY")) {
            assertEquals(quality.htmt("IMAG", other).orElseThrow(), reversed.htmt("IMAG", other).orElseThrow(),
                    1e-12, "absolute " + other);
            double signed = reversed.htmt("IMAG", other, HtmtCorrelations.SIGNED).orElseThrow();
            assertNotEquals(quality.htmt("IMAG", other, HtmtCorrelations.SIGNED).orElseThrow(), signed, 0.05, other);
            // a negative correlation makes a geometric mean undefined
            assertTrue(reversed.htmt2("IMAG", other).isEmpty(), "HTMT2 " + other);
        }
    }

    @Test
    void singleItemConstructHasAnHtmtWithMonotraitOne() {
        PathModel m = PathModel.builder()
                .construct("SAT").block(OuterMode.A, BankData.indicators("SAT"))
                .construct("L1").block(OuterMode.A, List.of("loy1"))
                .path("SAT", "L1").build();
        QualityCriteria q = PlsEstimator.withDefaults().estimate(m, BankData.table()).quality();
        QualityCriteria full = quality;
        // the heterotrait mean over sat1-4 x loy1, divided by sqrt(mean monotrait of SAT x 1)
        double hetero = 0;
        for (String s : BankData.indicators("SAT")) {
            hetero += Math.abs(correlation(s, "loy1"));
        }
        double mono = 0;
        List<String> sat = BankData.indicators("SAT");
        for (int i = 0; i < sat.size(); i++) {
            for (int j = i + 1; j < sat.size(); j++) {
                mono += correlation(sat.get(i), sat.get(j));
            }
        }
        double expected = (hetero / 4) / Math.sqrt(mono / 6);
        assertEquals(expected, q.htmt("SAT", "L1").orElseThrow(), 1e-12);
        assertTrue(q.htmt2("SAT", "L1").isPresent());
        assertTrue(full.htmt("SAT", "LOY").isPresent());
    }

    @Test
    void sameConstructTwiceIsNamed() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> quality.htmt2("SAT", "SAT"));
        assertTrue(e.getMessage().contains("'SAT'"), e.getMessage());
        CsiSpecificationException k = assertThrows(CsiSpecificationException.class,
                () -> quality.htmt("SAT", "LOY", null));
        assertTrue(k.getMessage().contains("kind"), k.getMessage());
    }

    private static double correlation(String x, String y) {
        DataTable t = BankData.table();
        double[] a = t.column(x);
        double[] b = t.column(y);
        return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(a, b);
    }

    private static DataTable negated(DataTable t, String column) {
        double[][] cols = new double[t.columnCount()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = t.column(t.columnNames().get(j));
        }
        double[] c = cols[t.columnIndex(column)];
        for (int i = 0; i < c.length; i++) {
            c[i] = -c[i];
        }
        return DataTable.ofColumns(t.columnNames(), cols);
    }

    private static void forLowerTriangle(java.util.function.BiConsumer<String, String> check) {
        for (int a = 0; a < BankData.CONSTRUCTS.length; a++) {
            for (int b = 0; b < a; b++) {
                check.accept(BankData.CONSTRUCTS[a], BankData.CONSTRUCTS[b]);
            }
        }
    }
}
