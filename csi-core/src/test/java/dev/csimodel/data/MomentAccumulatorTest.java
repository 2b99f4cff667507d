package dev.csimodel.data;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class MomentAccumulatorTest {

    /** Moments from the stream against the two-pass in-memory moments (both O(ε·n) accurate). */
    public static final double MOMENT_TOL = 1e-12;
    /** Estimates from streamed moments against estimates from in-memory moments (issue #7). */
    public static final double ESTIMATE_TOL = 1e-9;

    private static final DataTable BANK = BankData.table();
    private static final List<String> COLS = BANK.columnNames();

    @Test
    void rowByRowEqualsInMemoryMomentsAndEstimates() {
        MomentAccumulator acc = MomentAccumulator.of(COLS);
        for (int i = 0; i < BANK.rowCount(); i++) {
            acc.add(row(BANK, i));
        }
        Moments expected = Moments.of(BANK, COLS);
        assertMomentsEqual(expected, acc.toMoments(), MOMENT_TOL);
        assertEquals(250, acc.rowCount());
        PathModel model = BankData.model(OuterMode.A);
        assertResultsEqual(PlsEstimator.withDefaults().estimate(model, BANK),
                PlsEstimator.withDefaults().estimate(model, acc.toMoments()));
    }

    @Test
    void chunkSizeAndRowMajorChunksDoNotChangeTheMoments() {
        Moments expected = Moments.of(BANK, COLS);
        for (int chunk : new int[]{1, 7, 64, 249, 250, 251, 1024}) {
            MomentAccumulator acc = MomentAccumulator.of(COLS, chunk);
            acc.addChunk(BANK.rowMajor(COLS), BANK.rowCount());
            assertMomentsEqual(expected, acc.toMoments(), MOMENT_TOL);
        }
    }

    @Test
    void mergingPartsInAnyOrderEqualsOnePass() {
        // Three unequal parts (rows 0-99, 100-179, 180-249) merged as (a+b)+c and c+(b+a).
        MomentAccumulator a = part(0, 100);
        MomentAccumulator b = part(100, 180);
        MomentAccumulator c = part(180, 250);
        Moments expected = Moments.of(BANK, COLS);
        assertMomentsEqual(expected, a.emptyCopy().merge(a).merge(b).merge(c).toMoments(), MOMENT_TOL);
        assertMomentsEqual(expected, c.emptyCopy().merge(c).merge(b.emptyCopy().merge(b).merge(a)).toMoments(), MOMENT_TOL);
        assertEquals(100, a.rowCount(), "merge must leave its argument's rows in place");
    }

    @Test
    void threadsWithOwnAccumulatorsMergeToTheOnePassMoments() throws Exception {
        // Four threads take rows i ≡ t (mod 4); merging their accumulators must give the moments
        // of all 250 rows, whatever the interleaving.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MomentAccumulator>> parts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                parts.add(pool.submit(() -> {
                    MomentAccumulator acc = MomentAccumulator.of(COLS, 16);
                    for (int i = thread; i < BANK.rowCount(); i += 4) {
                        acc.add(row(BANK, i));
                    }
                    return acc;
                }));
            }
            MomentAccumulator all = MomentAccumulator.of(COLS);
            for (Future<MomentAccumulator> f : parts) {
                all.merge(f.get());
            }
            assertEquals(250, all.rowCount());
            assertMomentsEqual(Moments.of(BANK, COLS), all.toMoments(), MOMENT_TOL);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void iteratorEntryPointEstimatesTheModel() {
        PathModel model = BankData.model(OuterMode.A);
        DataTable data = BANK.select(model.indicators());
        List<double[]> rows = java.util.stream.IntStream.range(0, data.rowCount()).mapToObj(i -> row(data, i)).toList();
        MomentAccumulator acc = MomentAccumulator.accumulate(model.indicators(), rows.iterator());
        assertResultsEqual(PlsEstimator.withDefaults().estimate(model, BANK),
                PlsEstimator.withDefaults().estimate(model, acc.toMoments()));
    }

    @Test
    void largeOffsetsStayAccurateWhereRawSumsOfSquaresFail() {
        // x = 1e8 + z with z ~ N(0,1): x² ≈ 1e16 has an ulp of 2, so Σx²/n − x̄² loses the unit
        // variance entirely; centred chunk sums do not. The reference is the two-pass variance of
        // z, which equals that of x because x − 1e8 is computed exactly (Sterbenz lemma).
        int n = 20_000;
        for (double offset : new double[]{1e6, 1e8}) {
            SplittableRandom rnd = new SplittableRandom(11);
            double[][] z = new double[n][3];
            MomentAccumulator acc = MomentAccumulator.of(List.of("a", "b", "c"));
            double naiveSum = 0;
            double naiveSq = 0;
            for (double[] r : z) {
                double common = gaussian(rnd);
                r[0] = common + gaussian(rnd);
                r[1] = common - 0.5 * gaussian(rnd);
                r[2] = gaussian(rnd);
                double[] x = {offset + r[0], offset + r[1], offset + r[2]};
                for (int j = 0; j < 3; j++) {
                    r[j] = x[j] - offset;
                }
                acc.add(x);
                naiveSum += x[0];
                naiveSq += x[0] * x[0];
            }
            Moments ref = Moments.of(DataTable.ofRows(List.of("a", "b", "c"), z), List.of("a", "b", "c"));
            Moments got = acc.toMoments();
            for (int i = 0; i < 3; i++) {
                assertEquals(offset + ref.mean(i), got.mean(i), 1e-9 * offset);
                for (int j = 0; j < 3; j++) {
                    assertEquals(ref.covariance(i, j), got.covariance(i, j), 1e-9, "offset " + offset);
                }
            }
            double naiveVariance = naiveSq / n - (naiveSum / n) * (naiveSum / n);
            if (offset == 1e8) {
                assertTrue(Math.abs(naiveVariance - ref.covariance(0, 0)) > 0.01,
                        "raw sums should fail at offset 1e8, got " + naiveVariance + " vs " + ref.covariance(0, 0));
            }
        }
    }

    @Test
    void integerWeightsEqualRepeatedRows() {
        // Weight k on a row must give exactly the moments of the data with the row k times.
        int[] w = new int[BANK.rowCount()];
        MomentAccumulator weighted = MomentAccumulator.of(COLS, 64);
        MomentAccumulator repeated = MomentAccumulator.of(COLS, 64);
        for (int i = 0; i < w.length; i++) {
            w[i] = i % 4;
            weighted.add(row(BANK, i), w[i]);
            for (int k = 0; k < w[i]; k++) {
                repeated.add(row(BANK, i));
            }
        }
        assertEquals(repeated.rowCount(), weighted.totalWeight(), 0.0);
        assertMomentsEqual(repeated.toMoments(), weighted.toMoments(), MOMENT_TOL);
    }

    @Test
    void missingValueNamesColumnAndRow() {
        MomentAccumulator acc = MomentAccumulator.of(COLS);
        for (int i = 0; i < 4; i++) {
            acc.add(row(BANK, i));
        }
        double[] bad = row(BANK, 4);
        bad[COLS.indexOf("sat2")] = Double.NaN;
        CsiDataException e = assertThrows(CsiDataException.class, () -> acc.add(bad));
        assertTrue(e.getMessage().contains("'sat2'") && e.getMessage().contains("row 5"), e.getMessage());
        bad[COLS.indexOf("sat2")] = Double.POSITIVE_INFINITY;
        assertThrows(CsiDataException.class, () -> acc.add(bad));
        assertEquals(4, acc.rowCount());
    }

    @Test
    void skippingAccumulatorDropsAndCountsIncompleteRows() {
        MomentAccumulator acc = MomentAccumulator.skippingIncomplete(COLS);
        MomentAccumulator complete = MomentAccumulator.of(COLS);
        for (int i = 0; i < BANK.rowCount(); i++) {
            double[] r = row(BANK, i);
            if (i % 10 == 3) {
                r[i % COLS.size()] = Double.NaN;
            } else {
                complete.add(r);
            }
            acc.add(r);
        }
        assertEquals(25, acc.skippedRows());
        assertEquals(225, acc.rowCount());
        assertMomentsEqual(complete.toMoments(), acc.toMoments(), MOMENT_TOL);
    }

    @Test
    void serialisationKeepsBufferedRows() throws Exception {
        MomentAccumulator acc = part(0, 130);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        MomentAccumulator copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (MomentAccumulator) in.readObject();
        }
        for (int i = 130; i < BANK.rowCount(); i++) {
            copy.add(row(BANK, i));
        }
        assertMomentsEqual(Moments.of(BANK, COLS), copy.toMoments(), MOMENT_TOL);
    }

    @Test
    void compactFoldsPendingRowsAndAccumulationContinues() {
        MomentAccumulator acc = part(0, 100);
        assertEquals(100.0, acc.compact().totalWeight());
        for (int i = 100; i < BANK.rowCount(); i++) {
            acc.add(row(BANK, i));
        }
        assertMomentsEqual(Moments.of(BANK, COLS), acc.toMoments(), MOMENT_TOL);
    }

    @Test
    void badInputsAreRejected() {
        MomentAccumulator acc = MomentAccumulator.of(List.of("a", "b"));
        CsiDataException len = assertThrows(CsiDataException.class, () -> acc.add(new double[]{1, 2, 3}));
        assertTrue(len.getMessage().contains("row 1") && len.getMessage().contains("expected 2"), len.getMessage());
        CsiDataException neg = assertThrows(CsiDataException.class, () -> acc.add(new double[]{1, 2}, -1));
        assertTrue(neg.getMessage().contains("weight"), neg.getMessage());
        assertThrows(CsiDataException.class, () -> acc.addChunk(new double[5], 3));
        CsiSpecificationException merge = assertThrows(CsiSpecificationException.class,
                () -> acc.merge(MomentAccumulator.of(List.of("a", "c"))));
        assertTrue(merge.getMessage().contains("[a, c]"), merge.getMessage());
        assertThrows(CsiSpecificationException.class, () -> MomentAccumulator.of(List.of("a", "a")));
        assertThrows(CsiSpecificationException.class, () -> MomentAccumulator.of(List.of()));
        assertThrows(CsiSpecificationException.class, () -> MomentAccumulator.of(List.of("a"), 0));
        acc.add(new double[]{1, 2});
        CsiDataException few = assertThrows(CsiDataException.class, acc::toMoments);
        assertTrue(few.getMessage().contains("two observations"), few.getMessage());
        acc.add(new double[]{1, 3});
        CsiDataException constant = assertThrows(CsiDataException.class, acc::toMoments);
        assertTrue(constant.getMessage().contains("'a'"), constant.getMessage());
    }

    @Test
    void columnBlocksEqualRowByRow() {
        double[][] cols = new double[COLS.size()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = BANK.column(COLS.get(j));
        }
        MomentAccumulator byColumns = MomentAccumulator.of(COLS, 64);
        byColumns.addColumns(cols, 0, 100);
        byColumns.addColumns(cols, 100, BANK.rowCount());
        assertMomentsEqual(Moments.of(BANK, COLS), byColumns.toMoments(), MOMENT_TOL);
        assertEquals(BANK.rowCount(), byColumns.rowCount());
    }

    @Test
    void columnBlocksNameTheRowOfAMissingValue() {
        double[][] cols = {{1, 2, 3, 4}, {1, 5, Double.NaN, 2}};
        MomentAccumulator acc = MomentAccumulator.of(List.of("a", "b"));
        CsiDataException e = assertThrows(CsiDataException.class, () -> acc.addColumns(cols, 0, 4));
        assertTrue(e.getMessage().contains("'b'") && e.getMessage().contains("row 3"), e.getMessage());
        MomentAccumulator skipping = MomentAccumulator.skippingIncomplete(List.of("a", "b"));
        skipping.addColumns(cols, 0, 4);
        assertEquals(3, skipping.rowCount());
        assertEquals(1, skipping.skippedRows());
        // rows (1,1), (2,5), (4,2): mean of a = 7/3
        assertEquals(7.0 / 3, skipping.toMoments().mean(0), 1e-15);
    }

    public static MomentAccumulator part(int from, int to) {
        MomentAccumulator acc = MomentAccumulator.of(COLS, 64);
        for (int i = from; i < to; i++) {
            acc.add(row(BANK, i));
        }
        return acc;
    }

    public static double[] row(DataTable t, int i) {
        double[] r = new double[t.columnCount()];
        for (int j = 0; j < r.length; j++) {
            r[j] = t.value(i, j);
        }
        return r;
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller; one of the pair is enough here.
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    public static void assertMomentsEqual(Moments expected, Moments actual, double tol) {
        assertEquals(expected.names(), actual.names());
        assertEquals(expected.observations(), actual.observations(), 0.0);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.mean(i), actual.mean(i), tol, "mean " + expected.names().get(i));
            for (int j = 0; j < expected.size(); j++) {
                assertEquals(expected.covariance(i, j), actual.covariance(i, j), tol,
                        "covariance " + expected.names().get(i) + "," + expected.names().get(j));
            }
        }
    }

    public static void assertResultsEqual(PlsResult expected, PlsResult actual) {
        PathModel model = expected.model();
        for (String ind : model.indicators()) {
            assertEquals(expected.outerWeight(ind), actual.outerWeight(ind), ESTIMATE_TOL, ind);
            assertEquals(expected.loading(ind), actual.loading(ind), ESTIMATE_TOL, ind);
        }
        for (StructuralPath p : model.paths()) {
            assertEquals(expected.pathCoefficient(p.from(), p.to()), actual.pathCoefficient(p.from(), p.to()),
                    ESTIMATE_TOL, p.toString());
        }
        for (String c : model.endogenous()) {
            assertEquals(expected.rSquared(c).orElse(Double.NaN), actual.rSquared(c).orElse(Double.NaN), ESTIMATE_TOL, c);
        }
        assertEquals(expected.iterations(), actual.iterations());
    }
}
