package dev.csimodel.hierarchy;

import dev.csimodel.reference.BankData;
import dev.csimodel.reference.ReferenceTable;
import dev.csimodel.result.PlsResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disjoint two-stage approach against R seminr 2.3.4's {@code two_stage} higher-order
 * composite on the bank survey (resources {@code satisfaction/reference/seminr/seminr_sat_hoc_*},
 * see ORIGIN.md). seminr stops at its own tolerance (sum of absolute weight changes below 1e-7),
 * so values agree to about 1e-8.
 */
class SeminrHigherOrderReferenceTest {

    /** Paths, R², weights and loadings against seminr. */
    static final double TOL = 1e-6;

    static HigherOrderResult result;

    @BeforeAll
    static void fit() {
        result = new HigherOrderEstimator(HigherOrderSettings.defaults()).estimate(HocModels.qv(), BankData.table());
    }

    static ReferenceTable ref(String name) {
        return ReferenceTable.load("/satisfaction/reference/seminr/seminr_sat_hoc_" + name + ".csv");
    }

    @Test
    void defaultIsTheDisjointTwoStageApproach() {
        assertEquals(HigherOrderMethod.DISJOINT_TWO_STAGE, result.method());
        assertTrue(result.secondStage().isPresent());
    }

    @Test
    void secondStagePathsAndRSquared() {
        ReferenceTable t = ref("paths");
        assertPaths(t, result.structural());
        for (String to : List.of("EXPE", "SAT", "LOY", "QV")) {
            assertEquals(t.number("R^2", to), result.rSquared(to).orElseThrow(), TOL, "R2 " + to);
            assertEquals(t.number("AdjR^2", to), result.adjustedRSquared(to).orElseThrow(), TOL, "adj R2 " + to);
        }
        assertEquals(t.number("QV", "SAT"), result.pathCoefficient("QV", "SAT"), TOL);
        assertEquals(t.number("EXPE", "QV"), result.pathCoefficient("EXPE", "QV"), TOL);
    }

    @Test
    void firstStagePathsAndRSquared() {
        ReferenceTable t = ref("first_stage_paths");
        PlsResult first = result.firstStage();
        assertPaths(t, first);
        assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL", "SAT", "LOY"), first.model().constructNames());
        assertTrue(!first.model().hasPath("QUAL", "VAL"), "no QUAL -> VAL path in stage 1");
    }

    @Test
    void weightsAndLoadingsOfBothLevels() {
        for (String what : List.of("weights", "loadings")) {
            ReferenceTable t = ref(what);
            boolean weights = what.equals("weights");
            for (String c : BankData.CONSTRUCTS) {
                for (String item : BankData.indicators(c)) {
                    double expected = t.number(item, c);
                    double actual = weights ? result.outerWeight(item) : result.loading(item);
                    assertEquals(expected, actual, TOL, what + " " + item);
                }
            }
            HigherOrderMeasurement qv = result.measurement("QV");
            for (String dim : List.of("QUAL", "VAL")) {
                double actual = weights ? qv.weight(dim).orElseThrow() : qv.loading(dim);
                assertEquals(t.number(dim, "QV"), actual, TOL, what + " QV <- " + dim);
            }
        }
    }

    private static void assertPaths(ReferenceTable t, PlsResult fit) {
        for (String to : t.header().subList(1, t.header().size())) {
            assertEquals(t.number("R^2", to), fit.rSquared(to).orElseThrow(), TOL, "R2 " + to);
            for (int row = 2; row < t.rowCount(); row++) {
                String from = t.cell(row, 0);
                String cell = t.cell(from, to);
                assertEquals(!cell.equals("NA"), fit.model().hasPath(from, to), from + " -> " + to);
                if (!cell.equals("NA")) {
                    assertEquals(Double.parseDouble(cell), fit.pathCoefficient(from, to), TOL, from + " -> " + to);
                }
            }
        }
    }
}
