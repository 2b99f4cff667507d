package dev.csimodel.models.ipma;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.national.IndexModel;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ACSI impacts, the priority list and the default IPMA target, checked by hand. */
class PriorityListTest {

    private static final double IMPACT_TOLERANCE = 1e-9;
    private static final double INDEX_TOLERANCE = 1e-9;
    private static final IndicatorScales ZERO_TEN = IndicatorScales.uniform(Scale.ZERO_TO_TEN);

    @Test
    void impactOfASinglePathIsFiveTimesTheSlopeOfTheIndexScores() {
        // One indicator per block: the 0-100 scores are 10·x and 10·y, so the unstandardised
        // effect of X on Y is the OLS slope cov(x, y) / var(x), whatever the rescaling.
        // x = 2 4 6 8 10 (mean 6), y = 3 5 4 8 9 (mean 5.8):
        // Σ dx·dy = (-4)(-2.8) + (-2)(-0.8) + 0 + 2(2.2) + 4(3.2) = 30, Σ dx² = 40, slope 0.75;
        // impact = 5 · 0.75 = 3.75 index points of Y for 5 points of X.
        PathModel m = PathModel.builder().construct("X").modeA("x").construct("Y").modeA("y").path("X", "Y").build();
        DataTable d = DataTable.ofRows(List.of("x", "y"),
                new double[][] {{2, 3}, {4, 5}, {6, 4}, {8, 8}, {10, 9}});
        PlsResult fit = PlsEstimator.withDefaults().estimate(m, d);
        ImportancePerformance ipma = ImportancePerformance.constructs(fit, ZERO_TEN, "Y");
        Driver x = ipma.driver("X");
        assertEquals(0.75, x.importance(), IMPACT_TOLERANCE);
        assertEquals(3.75, x.impact(), IMPACT_TOLERANCE);
        assertEquals(60, x.performance(), INDEX_TOLERANCE);   // mean 6 on 0-10
        Driver item = ImportancePerformance.indicators(fit, ZERO_TEN, "Y").driver("x");
        assertEquals(3.75, item.impact(), IMPACT_TOLERANCE);  // the only indicator: weight 1
    }

    @Test
    void indicatorImpactIsTheConstructImpactTimesTheRescaledWeight() {
        PathModel m = PathModel.builder().construct("X").modeA("x1", "x2").construct("Y").modeA("y")
                .path("X", "Y").build();
        DataTable d = DataTable.ofRows(List.of("x1", "x2", "y"), new double[][] {
                {2, 3, 3}, {4, 3, 5}, {6, 7, 4}, {8, 6, 8}, {10, 9, 9}, {5, 6, 6}});
        PlsResult fit = PlsEstimator.withDefaults().estimate(m, d);
        CsiIndex index = CsiIndex.of(fit, ZERO_TEN);
        double construct = ImportancePerformance.constructs(fit, ZERO_TEN, "Y").driver("X").impact();
        ImportancePerformance items = ImportancePerformance.indicators(fit, ZERO_TEN, "Y");
        double v1 = index.weights().weight("x1");
        double v2 = index.weights().weight("x2");
        assertEquals(1, v1 + v2, INDEX_TOLERANCE);
        assertEquals(construct * v1, items.driver("x1").impact(), IMPACT_TOLERANCE);
        assertEquals(construct * v2, items.driver("x2").impact(), IMPACT_TOLERANCE);
    }

    @Test
    void rankedByImpactAndFlaggedBelowTheMeanPerformance() {
        // impacts 5·importance: a 0.5, b 2.0, c 1.5, d 1.0, e 5.0; mean performance 76
        PriorityList list = ImportancePerformance.of("SAT", List.of(new Driver("a", 0.1, 80),
                new Driver("b", 0.4, 60), new Driver("c", 0.3, 90), new Driver("d", 0.2, 50),
                new Driver("e", 1.0, 100))).priorities();
        assertEquals(76, list.meanPerformance(), INDEX_TOLERANCE);
        assertEquals(List.of("e", "b", "c", "d", "a"), list.priorities().stream().map(Priority::name).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), list.priorities().stream().map(Priority::rank).toList());
        assertEquals(2.0, list.priorities().get(1).impact(), IMPACT_TOLERANCE);
        assertEquals(List.of("b", "d"), list.flagged().stream().map(Priority::name).toList());
        assertFalse(list.priorities().get(0).belowMeanPerformance());
        assertEquals("SAT", list.target());
    }

    @Test
    void equalImpactsRankTheLowerPerformanceFirst() {
        PriorityList list = ImportancePerformance.of("T", List.of(new Driver("p", 0.2, 70),
                new Driver("q", 0.2, 40), new Driver("r", 0.2, 70))).priorities();
        assertEquals(List.of("q", "p", "r"), list.priorities().stream().map(Priority::name).toList());
        assertEquals(List.of("q"), list.flagged().stream().map(Priority::name).toList()); // mean 60
    }

    @Test
    void defaultTargetIsTheFinalConstructWithTheMostPredecessors() {
        // finals: C (from A and B) and D (from A): C has more predecessors
        PathModel m = PathModel.builder().construct("A").modeA("a").construct("B").modeA("b")
                .construct("C").modeA("c").construct("D").modeA("d")
                .path("A", "B").path("A", "C").path("B", "C").path("A", "D").build();
        assertEquals(Optional.of("C"), ImportancePerformance.defaultTarget(m));
        // a tie between finals C and D goes to the last in model order
        PathModel tie = PathModel.builder().construct("A").modeA("a").construct("C").modeA("c")
                .construct("D").modeA("d").path("A", "C").path("A", "D").build();
        assertEquals(Optional.of("D"), ImportancePerformance.defaultTarget(tie));
        // SAT has successors in the ACSI model: the final construct LOY is the default target
        PathModel acsi = IndexModel.ACSI.bind(Map.of("CE", List.of("ce"), "PQ", List.of("pq"),
                "PV", List.of("pv"), "SAT", List.of("sat"), "LOY", List.of("loy")));
        assertEquals(Optional.of("LOY"), ImportancePerformance.defaultTarget(acsi));
        assertEquals("SAT", IndexModel.ACSI.satisfaction());
    }

    @Test
    void aModelWithoutPathsHasNoDefaultTarget() {
        PathModel m = PathModel.builder().construct("A").modeA("a").construct("B").modeA("b").build();
        assertTrue(ImportancePerformance.defaultTarget(m).isEmpty());
        assertThrows(dev.csimodel.CsiSpecificationException.class,
                () -> ImportancePerformance.of("T", List.of()).priorities());
    }
}
