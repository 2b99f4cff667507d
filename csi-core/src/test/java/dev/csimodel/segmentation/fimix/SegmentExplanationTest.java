package dev.csimodel.segmentation.fimix;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.segmentation.Memberships;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentExplanationTest {

    private static final Memberships SEGMENTS = Memberships.ofAssignment(new int[]{0, 0, 0, 1, 1, 1}, 2);

    @Test
    void labelsAreRankedByCramersV() {
        List<LabelAgreement> ranked = SegmentExplanation.rank(SEGMENTS, List.of(
                new ObservedLabels("constant", List.of("a", "a", "a", "a", "a", "a")),
                new ObservedLabels("gender", List.of("f", "f", "m", "m", "m", "m")),
                new ObservedLabels("region", List.of("n", "n", "n", "s", "s", "s"))));
        assertEquals(List.of("region", "gender", "constant"), ranked.stream().map(LabelAgreement::column).toList());
        // gender: table [[2,1],[0,3]], expected [[1,2],[1,2]]: χ² = 1 + 1/2 + 1 + 1/2 = 3, V = √(3/(6·1))
        LabelAgreement gender = ranked.get(1);
        assertEquals(3.0, gender.chiSquare(), 1e-12);
        assertEquals(Math.sqrt(0.5), gender.cramersV().getAsDouble(), 1e-12);
        assertEquals(1.2 / 3.7, gender.adjustedRand().getAsDouble(), 1e-12);
        assertEquals(1.0, ranked.get(0).cramersV().getAsDouble(), 1e-12);
        assertEquals(1.0, ranked.get(0).adjustedRand().getAsDouble(), 1e-12);
        assertTrue(ranked.get(2).cramersV().isEmpty(), "one label: V is undefined, not 0");
    }

    @Test
    void missingLabelsAndNumericCodesAreHandled() {
        List<String> withGap = Arrays.asList("x", null, "x", "y", "y", "y");
        LabelAgreement a = SegmentExplanation.rank(SEGMENTS, List.of(new ObservedLabels("q", withGap))).get(0);
        assertEquals(5, a.rows());
        assertEquals(1.0, a.cramersV().getAsDouble(), 1e-12);
        DataTable codes = DataTable.ofColumns(List.of("g"), new double[][]{{1, 1, 1, 2, 2, Double.NaN}});
        LabelAgreement b = SegmentExplanation.rank(SEGMENTS, codes, List.of("g")).get(0);
        assertEquals(5, b.rows());
        assertEquals(2, b.categories());
        assertThrows(CsiSpecificationException.class, () -> SegmentExplanation.rank(SEGMENTS,
                List.of(new ObservedLabels("short", List.of("a")))));
    }
}
