package dev.csimodel.models.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AhpHierarchyTest {

    private static final double WEIGHT_TOLERANCE = 1e-10;
    private static final double SCORE_TOLERANCE = 1e-8;

    /**
     * Consistent comparisons, so local weights are known exactly:
     * satisfaction -> quality 0.5, price 0.2, service 0.3 (a12 = 2.5, a13 = 5/3, a23 = 2/3);
     * quality -> durability 0.8, design 0.2 (a12 = 4);
     * service -> staff 0.5, speed 0.3, hours 0.2 (a12 = 5/3, a13 = 2.5, a23 = 1.5).
     */
    private static AhpHierarchy hierarchy() {
        return AhpHierarchy.builder("satisfaction")
                .compare("satisfaction", List.of("quality", "price", "service"), 2.5, 5.0 / 3, 2.0 / 3)
                .compare("quality", List.of("durability", "design"), 4)
                .compare("service", List.of("staff", "speed", "hours"), 5.0 / 3, 2.5, 1.5)
                .build();
    }

    private static Map<String, Double> scores() {
        return new HashMap<>(Map.of("durability", 80.0, "design", 60.0, "price", 70.0,
                "staff", 90.0, "speed", 50.0, "hours", 100.0));
    }

    @Test
    void structure() {
        AhpHierarchy h = hierarchy();
        assertEquals("satisfaction", h.goal());
        assertEquals(List.of("satisfaction", "quality", "service"), h.innerNodes());
        assertEquals(List.of("durability", "design", "price", "staff", "speed", "hours"), h.leaves());
        assertEquals(List.of("satisfaction", "quality", "durability", "design", "price", "service",
                "staff", "speed", "hours"), h.nodes());
        assertEquals(List.of(), h.children("price"));
        assertEquals(List.of("durability", "design"), h.children("quality"));
        assertThrows(CsiSpecificationException.class, () -> h.children("parking"));
        assertThrows(CsiSpecificationException.class, () -> h.comparison("price"));
    }

    @Test
    void globalWeightsAreProductsDownTheTree() {
        AhpHierarchyResult r = AhpAnalysis.analyze(hierarchy());
        assertEquals(1.0, r.globalWeight("satisfaction"), WEIGHT_TOLERANCE);
        assertEquals(0.5, r.globalWeight("quality"), WEIGHT_TOLERANCE);
        assertEquals(0.8, r.localWeight("durability"), WEIGHT_TOLERANCE);
        // durability 0.5 * 0.8 = 0.4; design 0.5 * 0.2 = 0.1; price 0.2;
        // staff 0.3 * 0.5 = 0.15; speed 0.3 * 0.3 = 0.09; hours 0.3 * 0.2 = 0.06
        assertEquals(0.4, r.globalWeight("durability"), WEIGHT_TOLERANCE);
        assertEquals(0.1, r.globalWeight("design"), WEIGHT_TOLERANCE);
        assertEquals(0.2, r.globalWeight("price"), WEIGHT_TOLERANCE);
        assertEquals(0.15, r.globalWeight("staff"), WEIGHT_TOLERANCE);
        assertEquals(0.09, r.globalWeight("speed"), WEIGHT_TOLERANCE);
        assertEquals(0.06, r.globalWeight("hours"), WEIGHT_TOLERANCE);
        double leafSum = r.leaves().stream().mapToDouble(r::globalWeight).sum();
        assertEquals(1.0, leafSum, WEIGHT_TOLERANCE);
        assertTrue(r.allConsistent());
        assertEquals(3.0, r.comparison("service").lambdaMax(), WEIGHT_TOLERANCE);
        assertThrows(CsiSpecificationException.class, () -> r.globalWeight("parking"));
        assertThrows(CsiSpecificationException.class, () -> r.comparison("price"));
    }

    @Test
    void weightedSatisfactionScore() {
        // 0.4*80 + 0.1*60 + 0.2*70 + 0.15*90 + 0.09*50 + 0.06*100 = 32 + 6 + 14 + 13.5 + 4.5 + 6 = 76
        assertEquals(76.0, AhpAnalysis.analyze(hierarchy()).score(scores()), SCORE_TOLERANCE);
    }

    @Test
    void scoreRejectsMissingUnknownAndNonFiniteIndicators() {
        AhpHierarchyResult r = AhpAnalysis.analyze(hierarchy());
        Map<String, Double> missing = scores();
        missing.remove("hours");
        CsiDataException m = assertThrows(CsiDataException.class, () -> r.score(missing));
        assertTrue(m.getMessage().contains("'hours'"), m.getMessage());

        Map<String, Double> unknown = scores();
        unknown.put("parking", 50.0);
        CsiDataException u = assertThrows(CsiDataException.class, () -> r.score(unknown));
        assertTrue(u.getMessage().contains("'parking'"), u.getMessage());

        Map<String, Double> inner = scores();
        inner.put("quality", 50.0);
        CsiDataException i = assertThrows(CsiDataException.class, () -> r.score(inner));
        assertTrue(i.getMessage().contains("'quality'"), i.getMessage());

        Map<String, Double> nan = scores();
        nan.put("design", Double.NaN);
        CsiDataException n = assertThrows(CsiDataException.class, () -> r.score(nan));
        assertTrue(n.getMessage().contains("'design'"), n.getMessage());
    }

    @Test
    void inconsistentNodeIsReported() {
        AhpHierarchyResult r = AhpAnalysis.analyze(AhpHierarchy.builder("goal")
                .compare("goal", List.of("x", "y"), 2)
                .compare("x", List.of("x1", "x2", "x3"), 9, 1.0 / 9, 9)
                .build());
        assertEquals(List.of("x"), r.inconsistentNodes());
        assertFalse(r.allConsistent());
    }

    @Test
    void rejectsMalformedTrees() {
        CsiSpecificationException noGoal = assertThrows(CsiSpecificationException.class,
                () -> AhpHierarchy.builder("goal").compare("x", List.of("a", "b"), 2).build());
        assertTrue(noGoal.getMessage().contains("'goal'"), noGoal.getMessage());

        CsiSpecificationException twoParents = assertThrows(CsiSpecificationException.class,
                () -> AhpHierarchy.builder("goal")
                        .compare("goal", List.of("x", "y"), 2)
                        .compare("x", List.of("a", "b"), 2)
                        .compare("y", List.of("b", "c"), 2).build());
        assertTrue(twoParents.getMessage().contains("'b'"), twoParents.getMessage());

        CsiSpecificationException detached = assertThrows(CsiSpecificationException.class,
                () -> AhpHierarchy.builder("goal")
                        .compare("goal", List.of("x", "y"), 2)
                        .compare("z", List.of("a", "b"), 2).build());
        assertTrue(detached.getMessage().contains("'z'"), detached.getMessage());

        assertThrows(CsiSpecificationException.class, () -> AhpHierarchy.builder("goal")
                .compare("goal", List.of("x", "goal"), 2).build());
        assertThrows(CsiSpecificationException.class, () -> AhpHierarchy.builder("goal")
                .compare("goal", List.of("x", "y"), 2).compare("goal", List.of("x", "y"), 3));
        assertThrows(CsiSpecificationException.class, () -> AhpHierarchy.builder(" "));
    }
}
