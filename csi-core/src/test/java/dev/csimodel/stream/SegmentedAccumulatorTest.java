package dev.csimodel.stream;

import dev.csimodel.data.MomentAccumulatorTest;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentedAccumulatorTest {

    private static final DataTable BANK = BankData.table();
    private static final List<String> COLS = BANK.columnNames();
    private static final PathModel MODEL = BankData.model(OuterMode.A);
    private static final PlsEstimator PLS = PlsEstimator.withDefaults();

    private static String shop(int row) {
        return "shop" + (row % 3);
    }

    @Test
    void eachSegmentEqualsTheInMemoryEstimateOfItsRows() {
        SegmentedAccumulator<String> seg = SegmentedAccumulator.of(COLS);
        for (int i = 0; i < BANK.rowCount(); i++) {
            seg.add(shop(i), MomentAccumulatorTest.row(BANK, i));
        }
        List<SegmentResult<String>> results = seg.estimate(MODEL, PLS);
        assertEquals(List.of("shop0", "shop1", "shop2"), results.stream().map(SegmentResult::segment).toList());
        for (int s = 0; s < 3; s++) {
            int shop = s;
            DataTable rows = BANK.rows(IntStream.range(0, BANK.rowCount()).filter(i -> i % 3 == shop).toArray());
            SegmentResult<String> r = results.get(s);
            assertTrue(r.isEstimated(), r.failure());
            assertEquals(rows.rowCount(), r.rows());
            MomentAccumulatorTest.assertResultsEqual(PLS.estimate(MODEL, rows), r.estimate().orElseThrow());
        }
    }

    @Test
    void mergedHalvesEqualOnePass() {
        SegmentedAccumulator<String> one = SegmentedAccumulator.of(COLS);
        SegmentedAccumulator<String> first = SegmentedAccumulator.of(COLS);
        SegmentedAccumulator<String> second = SegmentedAccumulator.of(COLS);
        for (int i = 0; i < BANK.rowCount(); i++) {
            double[] r = MomentAccumulatorTest.row(BANK, i);
            one.add(shop(i), r);
            (i < 125 ? first : second).add(shop(i), r);
        }
        first.merge(second);
        for (String k : one.segments()) {
            MomentAccumulatorTest.assertMomentsEqual(one.segment(k).toMoments(), first.segment(k).toMoments(),
                    MomentAccumulatorTest.MOMENT_TOL);
        }
    }

    @Test
    void tooSmallAndDegenerateSegmentsAreReportedNotThrown() {
        // SAT has the most predecessors (IMAG, EXPE, QUAL, VAL): 4 slopes + intercept = 5
        // parameters, so a segment needs more than 5 + 1 = 6 rows.
        assertEquals(7, SegmentEstimation.minimumRows(MODEL));
        SegmentedAccumulator<String> seg = SegmentedAccumulator.of(COLS);
        for (int i = 0; i < 6; i++) {
            seg.add("tiny", MomentAccumulatorTest.row(BANK, i));
        }
        double[] constant = MomentAccumulatorTest.row(BANK, 0);
        for (int i = 0; i < 20; i++) {
            double[] r = MomentAccumulatorTest.row(BANK, 10 + i);
            r[COLS.indexOf("loy3")] = 7;
            seg.add("flat", r);
        }
        seg.add("big", constant);
        for (int i = 1; i < BANK.rowCount(); i++) {
            seg.add("big", MomentAccumulatorTest.row(BANK, i));
        }
        List<SegmentResult<String>> out = seg.estimate(MODEL, PLS);
        assertFalse(out.get(0).isEstimated());
        assertTrue(out.get(0).failure().contains("too few rows: 6 < 7"), out.get(0).failure());
        assertFalse(out.get(1).isEstimated());
        assertTrue(out.get(1).failure().contains("'loy3'"), out.get(1).failure());
        assertEquals(20, out.get(1).rows());
        assertTrue(out.get(2).isEstimated());
        MomentAccumulatorTest.assertResultsEqual(PLS.estimate(MODEL, BANK), out.get(2).result());
    }

    @Test
    void badInputsAreRejected() {
        SegmentedAccumulator<String> seg = SegmentedAccumulator.of(List.of("imag1", "imag2"));
        assertThrows(CsiDataException.class, () -> seg.add(null, new double[]{1, 2}));
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> seg.estimate(MODEL, PLS));
        assertTrue(e.getMessage().contains("imag3"), e.getMessage());
        assertThrows(CsiSpecificationException.class,
                () -> seg.merge(SegmentedAccumulator.of(List.of("imag1", "x"))));
        CsiDataException unknown = assertThrows(CsiDataException.class, () -> seg.segment("nowhere"));
        assertTrue(unknown.getMessage().contains("nowhere"));
        assertThrows(CsiSpecificationException.class, () -> SegmentResult.failed("s", 1, 1, null));
    }
}
