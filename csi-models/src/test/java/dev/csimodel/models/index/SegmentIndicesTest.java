package dev.csimodel.models.index;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.Bank;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentIndicesTest {

    private static final double INDEX_TOLERANCE = 1e-9;
    private static final IndicatorScales ZERO_TEN = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
    private static final PathModel MODEL = BundledData.ecsiBankModel();

    @Test
    void pooledIndicesApplyPooledWeightsToSegmentMeans() {
        DataTable bank = BundledData.bankSatisfaction();
        SegmentIndices s = SegmentIndices.compute(MODEL, bank,
                Segmentation.byColumn(BundledData.GENDER, BundledData.genderLabels()), ZERO_TEN, SegmentSettings.pooled());
        assertEquals(2, s.segments().size());
        SegmentIndex female = s.segment("female").orElseThrow();
        SegmentIndex male = s.segment("male").orElseThrow();
        // file counts: 148 "female", 102 "male"
        assertEquals(148, female.size());
        assertEquals(102, male.size());
        CsiIndex overall = s.pooled().orElseThrow();
        IndexWeights w = overall.weights();
        double[] gender = bank.column(BundledData.GENDER);
        for (String c : MODEL.constructNames()) {
            // by hand: Σ v_i * (segment mean of x_i) / 10 * 100 over the block's items
            double expected = 0;
            for (String ind : MODEL.construct(c).indicators()) {
                double[] x = bank.column(ind);
                double sum = 0;
                for (int r = 0; r < x.length; r++) {
                    sum += gender[r] == BundledData.FEMALE ? x[r] : 0;
                }
                expected += w.weight(ind) * (sum / 148) / 10 * 100;
            }
            assertEquals(expected, female.index().requireIndex(c), INDEX_TOLERANCE, c);
            // the index is linear in the means: the pooled index is the size-weighted mean
            double mix = (148 * female.index().requireIndex(c) + 102 * male.index().requireIndex(c)) / 250;
            assertEquals(overall.requireIndex(c), mix, INDEX_TOLERANCE, c);
        }
    }

    @Test
    void rowLabelsGiveTheSameSegmentsAsCodes() {
        DataTable bank = BundledData.bankSatisfaction();
        SegmentIndices byCode = SegmentIndices.compute(MODEL, bank,
                Segmentation.byColumn(BundledData.GENDER, BundledData.genderLabels()), ZERO_TEN, SegmentSettings.pooled());
        SegmentIndices byLabel = SegmentIndices.compute(MODEL, Bank.indicators(),
                Segmentation.of(Bank.gender()), ZERO_TEN, SegmentSettings.pooled());
        for (String g : new String[]{"female", "male"}) {
            assertEquals(byCode.segment(g).orElseThrow().index().requireIndex("SAT"),
                    byLabel.segment(g).orElseThrow().index().requireIndex("SAT"), INDEX_TOLERANCE, g);
        }
    }

    @Test
    void emptyLabelledSegmentIsReportedNotFatal() {
        SegmentIndices s = SegmentIndices.compute(MODEL, BundledData.bankSatisfaction(),
                Segmentation.byColumn(BundledData.GENDER, Map.of(0, "female", 1, "male", 2, "undisclosed")),
                ZERO_TEN, SegmentSettings.pooled());
        assertEquals(2, s.segments().size());
        assertEquals(1, s.skipped().size());
        SkippedSegment skipped = s.skipped().get(0);
        assertEquals("undisclosed", skipped.segment());
        assertEquals(0, skipped.size());
        assertTrue(skipped.reason().contains("no respondents"), skipped.reason());
    }

    @Test
    void separateEstimationUsesEachSegmentsOwnWeights() {
        DataTable bank = BundledData.bankSatisfaction();
        // ECSI: SAT has 4 predecessors, the most arrows at one construct: 10 * 4 = 40
        int min = SegmentSettings.tenTimesRule(MODEL);
        assertEquals(40, min);
        SegmentIndices s = SegmentIndices.compute(MODEL, bank, Segmentation.byColumn(BundledData.GENDER,
                BundledData.genderLabels()), ZERO_TEN, SegmentSettings.separate(min));
        DataTable male = bank.filterRows(r -> bank.value(r, BundledData.GENDER) == BundledData.MALE);
        PlsResult own = PlsEstimator.withDefaults().estimate(MODEL, male);
        SegmentIndex seg = s.segment("male").orElseThrow();
        assertEquals(CsiIndex.of(own, ZERO_TEN).requireIndex("LOY"), seg.index().requireIndex("LOY"), INDEX_TOLERANCE);
        assertEquals(own.outerWeight("loy1"), seg.fit().outerWeight("loy1"), INDEX_TOLERANCE);
        assertTrue(s.pooled().isEmpty());
    }

    @Test
    void smallAndDegenerateSegmentsAreSkippedWithTheirReason() {
        DataTable bank = Bank.indicators();
        String[] groups = new String[bank.rowCount()];
        for (int r = 0; r < groups.length; r++) {
            // respondents who all answer sat1 = 10 make a segment where sat1 is constant
            groups[r] = r < 5 ? "tiny" : bank.value(r, "sat1") == 10 ? "top" : "rest";
        }
        SegmentIndices s = SegmentIndices.compute(MODEL, bank, Segmentation.of(groups), ZERO_TEN,
                SegmentSettings.separate(6));
        assertEquals(1, s.segments().size());
        assertEquals("rest", s.segments().get(0).segment());
        SkippedSegment tiny = s.skipped().stream().filter(k -> k.segment().equals("tiny")).findFirst().orElseThrow();
        assertEquals(5, tiny.size());
        assertTrue(tiny.reason().contains("minimum segment size 6"), tiny.reason());
        SkippedSegment top = s.skipped().stream().filter(k -> k.segment().equals("top")).findFirst().orElseThrow();
        assertTrue(top.reason().contains("'sat1'"), top.reason());
    }

    @Test
    void badSegmentCodesAreNamedWithTheirRow() {
        DataTable bank = BundledData.bankSatisfaction();
        double[] g = bank.column(BundledData.GENDER);
        g[9] = 0.5;
        DataTable bad = bank.withColumn(BundledData.GENDER, g);
        CsiDataException e = assertThrows(CsiDataException.class, () -> SegmentIndices.compute(MODEL, bad,
                Segmentation.byColumn(BundledData.GENDER), ZERO_TEN, SegmentSettings.pooled()));
        assertTrue(e.getMessage().contains("row 10") && e.getMessage().contains("'gender'"), e.getMessage());
        assertThrows(CsiDataException.class, () -> SegmentIndices.compute(MODEL, bank,
                Segmentation.of(new String[]{"a", "b"}), ZERO_TEN, SegmentSettings.pooled()));
        assertThrows(CsiDataException.class, () -> Segmentation.of(new String[]{"a", null}));
    }
}
