package dev.csimodel.models.index;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segment indices from one-pass moments equal those from the rows (SegmentIndices.compute on moments). */
class SegmentMomentIndicesTest {

    /** Moments and rows differ only in summation order. */
    private static final double ROUNDING = 1e-10;
    private static final IndicatorScales ZERO_TEN = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
    private static final PathModel MODEL = BundledData.ecsiBankModel();

    private static Map<String, MomentAccumulator> byGender(DataTable bank) {
        Map<String, MomentAccumulator> out = new LinkedHashMap<>();
        double[] gender = bank.column(BundledData.GENDER);
        List<String> ind = MODEL.indicators();
        out.put("female", MomentAccumulator.of(ind));
        out.put("male", MomentAccumulator.of(ind));
        for (int r = 0; r < bank.rowCount(); r++) {
            double[] row = new double[ind.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = bank.value(r, ind.get(j));
            }
            out.get(gender[r] == BundledData.FEMALE ? "female" : "male").add(row);
        }
        return out;
    }

    private static void assertSameIndices(SegmentIndices rows, SegmentIndices moments) {
        assertEquals(rows.segments().size(), moments.segments().size());
        for (SegmentIndex s : rows.segments()) {
            SegmentIndex m = moments.segment(s.segment()).orElseThrow();
            assertEquals(s.size(), m.size());
            for (String c : MODEL.constructNames()) {
                assertEquals(s.index().requireIndex(c), m.index().requireIndex(c), ROUNDING, s.segment() + " " + c);
            }
            assertTrue(m.index().respondents().isEmpty(), "moments carry no respondent scores");
        }
    }

    @Test
    void pooledAndSeparateIndicesEqualTheRowBasedOnes() {
        DataTable bank = BundledData.bankSatisfaction();
        Segmentation gender = Segmentation.byColumn(BundledData.GENDER, BundledData.genderLabels());
        for (SegmentSettings settings : List.of(SegmentSettings.pooled(), SegmentSettings.separate(30))) {
            SegmentIndices rows = SegmentIndices.compute(MODEL, bank, gender, ZERO_TEN, settings);
            SegmentIndices moments = SegmentIndices.compute(MODEL, byGender(bank), ZERO_TEN, settings);
            assertSameIndices(rows, moments);
            assertEquals(rows.pooled().isPresent(), moments.pooled().isPresent());
        }
        SegmentIndices pooled = SegmentIndices.compute(MODEL, byGender(bank), ZERO_TEN, SegmentSettings.pooled());
        assertEquals(SegmentIndices.compute(MODEL, bank, gender, ZERO_TEN, SegmentSettings.pooled()).pooled()
                .orElseThrow().requireIndex("SAT"), pooled.pooled().orElseThrow().requireIndex("SAT"), ROUNDING);
    }

    @Test
    void smallSegmentIsSkippedAndBadInputIsNamed() {
        DataTable bank = BundledData.bankSatisfaction();
        SegmentSettings min120 = new SegmentSettings(SegmentStrategy.POOLED, 120, SegmentSettings.pooled().estimation());
        SegmentIndices s = SegmentIndices.compute(MODEL, byGender(bank), ZERO_TEN, min120);
        assertEquals(List.of("female"), s.segments().stream().map(SegmentIndex::segment).toList());
        assertTrue(s.skipped().get(0).reason().contains("fewer respondents (102)"), s.skipped().get(0).reason());
        CsiDataException outOfScale = assertThrows(CsiDataException.class, () -> SegmentIndices.compute(MODEL,
                byGender(bank), IndicatorScales.uniform(Scale.of(1, 10)), SegmentSettings.pooled()));
        assertTrue(outOfScale.getMessage().contains("imag"), outOfScale.getMessage());
        Map<String, MomentAccumulator> wrong = byGender(bank);
        wrong.put("other", MomentAccumulator.of(List.of("imag1", "imag2")));
        assertThrows(CsiSpecificationException.class,
                () -> SegmentIndices.compute(MODEL, wrong, ZERO_TEN, SegmentSettings.pooled()));
    }
}
