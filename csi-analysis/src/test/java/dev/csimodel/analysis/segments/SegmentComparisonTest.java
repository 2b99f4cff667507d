package dev.csimodel.analysis.segments;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The side-by-side values against separate estimates on each segment's rows (the bank survey,
 * {@code BundledData}, the same file as /work/shared/data/satisfaction/satisfaction.csv, by its
 * gender column, scale 0-10), and the tests on simulated segments whose index difference is
 * known by construction.
 */
class SegmentComparisonTest {

    private static final IndicatorScales ZERO_TEN = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
    private static final PathModel SMALL = ModelSyntax.parse(
            "QUAL =~ q1 + q2 + q3\nSAT =~ s1 + s2 + s3\nSAT ~ QUAL\n");

    private static List<String> genders(DataTable bank) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < bank.rowCount(); r++) {
            out.add(BundledData.genderLabels().get((int) bank.value(r, BundledData.GENDER)));
        }
        return out;
    }

    @Test
    void sideBySideEqualsSeparateEstimatesOnEachGendersRows() {
        DataTable bank = BundledData.bankSatisfaction();
        PathModel model = BundledData.ecsiBankModel();
        SegmentComparisonResult r = SegmentComparison.sideBySide(model, bank, genders(bank), ZERO_TEN,
                ComparisonSettings.defaults());
        assertEquals(List.of("female", "male"), r.segments().stream().map(SegmentProfile::segment).toList());
        assertFalse(r.tested());
        for (int code : new int[]{BundledData.FEMALE, BundledData.MALE}) {
            int[] rows = IntStream.range(0, bank.rowCount()).filter(i -> bank.value(i, BundledData.GENDER) == code)
                    .toArray();
            PlsResult own = PlsEstimator.withDefaults().estimate(model, bank.rows(rows));
            CsiIndex index = CsiIndex.of(own, ZERO_TEN);
            SegmentProfile p = r.segment(BundledData.genderLabels().get(code)).orElseThrow();
            assertEquals(rows.length, p.respondents());
            for (StructuralPath sp : model.paths()) {
                assertEquals(own.pathCoefficient(sp.from(), sp.to()), p.path(sp.from(), sp.to()), 1e-12);
            }
            for (String c : model.constructNames()) {
                assertEquals(index.requireIndex(c), p.index(c).getAsDouble(), 1e-12, c);
                assertEquals(own.rSquared(c).isPresent(), p.rSquared(c).isPresent(), c);
                own.rSquared(c).ifPresent(v -> assertEquals(v, p.rSquared(c).getAsDouble(), 1e-12));
            }
        }
    }

    /** Segment answers: QUAL items around q in [2, 7], SAT items around 0.5 q + 1.5, all in [0, 9]. */
    private static double[][] segment(SplittableRandom random, int n, double shift) {
        double[][] rows = new double[n][6];
        for (int i = 0; i < n; i++) {
            double q = 2 + 5 * random.nextDouble();
            double s = 0.5 * q + 1.5 + random.nextDouble(-1, 1);
            for (int j = 0; j < 3; j++) {
                rows[i][j] = q + random.nextDouble(-1.5, 1.5) + shift;
                rows[i][3 + j] = s + random.nextDouble(-1, 1) + shift;
            }
        }
        return rows;
    }

    private record Survey(DataTable data, List<String> labels) {
        static Survey of(double[][]... segments) {
            List<double[]> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int g = 0; g < segments.length; g++) {
                rows.addAll(Arrays.asList(segments[g]));
                for (int i = 0; i < segments[g].length; i++) {
                    labels.add("S" + g);
                }
            }
            return new Survey(DataTable.ofRows(List.of("q1", "q2", "q3", "s1", "s2", "s3"),
                    rows.toArray(double[][]::new)), labels);
        }
    }

    @Test
    void aShiftedCopyHasTheKnownIndexDifferenceAndNoPathDifference() {
        double[][] a = segment(new SplittableRandom(5), 120, 0);
        double[][] b = Arrays.stream(a).map(row -> Arrays.stream(row).map(x -> x + 1).toArray()).toArray(double[][]::new);
        Survey s = Survey.of(a, b);
        SegmentComparisonResult r = SegmentComparison.compare(SMALL, s.data(), s.labels(), ZERO_TEN,
                ComparisonSettings.defaults().withPermutations(199));
        SegmentPair pair = r.pair("S0", "S1").orElseThrow();
        SegmentDifference sat = find(pair, DifferenceKind.INDEX, "SAT");
        // one answer point more on every item of a 0-10 scale is 10 index points, whatever the weights
        assertEquals(-10.0, sat.difference(), 1e-9);
        assertEquals(1.0 / 200, sat.pValue().getAsDouble(), 1e-12);
        assertTrue(sat.significant());
        assertTrue(sat.comparable());
        SegmentDifference path = find(pair, DifferenceKind.PATH, "SAT");
        assertEquals(0.0, path.difference(), 1e-9);
        assertEquals(1.0, path.pValue().getAsDouble(), 1e-12);  // every |d*| >= 0
        assertFalse(path.significant());
    }

    private static SegmentDifference find(SegmentPair p, DifferenceKind kind, String construct) {
        return p.differences().stream().filter(d -> d.kind() == kind && d.construct().equals(construct)).findFirst()
                .orElseThrow();
    }

    @Test
    void anIndependentSampleWithAKnownShiftIsFound() {
        SplittableRandom random = new SplittableRandom(11);
        Survey s = Survey.of(segment(random, 150, 0), segment(random, 150, 0.8));
        SegmentDifference sat = find(SegmentComparison.compare(SMALL, s.data(), s.labels(), ZERO_TEN,
                ComparisonSettings.defaults().withPermutations(199)).pair("S0", "S1").orElseThrow(),
                DifferenceKind.INDEX, "SAT");
        assertEquals(-8.0, sat.difference(), 2.5, sat.toString());   // 0.8 points of 10, ± sampling error
        assertTrue(sat.adjustedPValue().getAsDouble() < 0.05, sat.toString());
    }

    @Test
    void noDifferenceGivesSmallPValuesInFewSeeds() {
        int small = 0;
        int seeds = 20;
        for (int seed = 0; seed < seeds; seed++) {
            SplittableRandom random = new SplittableRandom(100 + seed);
            Survey s = Survey.of(segment(random, 60, 0), segment(random, 60, 0));
            SegmentDifference sat = find(SegmentComparison.compare(SMALL, s.data(), s.labels(), ZERO_TEN,
                    ComparisonSettings.defaults().withPermutations(99).withSeed(seed)).pair("S0", "S1").orElseThrow(),
                    DifferenceKind.INDEX, "SAT");
            if (sat.pValue().getAsDouble() < 0.05) {
                small++;
            }
        }
        // 1 expected at 5%; 5 or more of 20 has probability below 0.3% under the null
        assertTrue(small <= 4, small + " of " + seeds + " seeds gave p < 0.05");
    }

    @Test
    void threeSegmentsArePairwiseAndHolmAdjustedOverTheWholeFamily() {
        SplittableRandom random = new SplittableRandom(21);
        Survey s = Survey.of(segment(random, 80, 0), segment(random, 80, 0.5), segment(random, 80, 0));
        SegmentComparisonResult r = SegmentComparison.compare(SMALL, s.data(), s.labels(), ZERO_TEN,
                ComparisonSettings.defaults().withPermutations(99));
        assertEquals(List.of("S0:S1", "S0:S2", "S1:S2"),
                r.pairs().stream().map(p -> p.segmentA() + ":" + p.segmentB()).toList());
        List<SegmentDifference> family = r.differences();
        assertEquals(3 * (1 + 2), family.size());   // per pair: one path, two indices
        double[] p = family.stream().mapToDouble(d -> d.pValue().getAsDouble()).toArray();
        // Holm by hand: sort ascending, multiply the i-th smallest (0-based) by m - i, keep it monotone, cap at 1
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (x, y) -> Double.compare(p[x], p[y]));
        double running = 0;
        double[] expected = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            running = Math.max(running, Math.min(1, (p.length - i) * p[order[i]]));
            expected[order[i]] = running;
        }
        for (int i = 0; i < p.length; i++) {
            assertEquals(expected[i], family.get(i).adjustedPValue().getAsDouble(), 1e-15, family.get(i).toString());
            assertEquals(expected[i] < 0.05, family.get(i).significant());
        }
    }

    @Test
    void sameSeedSameResultForOneAndTwoThreads() {
        SplittableRandom random = new SplittableRandom(31);
        Survey s = Survey.of(segment(random, 70, 0), segment(random, 70, 0.3));
        ComparisonSettings one = ComparisonSettings.defaults().withPermutations(49).withReplicates(50).withSeed(9);
        SegmentComparisonResult r1 = SegmentComparison.compare(SMALL, s.data(), s.labels(), ZERO_TEN, one);
        SegmentComparisonResult r2 = SegmentComparison.compare(SMALL, s.data(), s.labels(), ZERO_TEN,
                one.withThreads(2));
        assertEquals(r1.differences(), r2.differences());
        for (String g : List.of("S0", "S1")) {
            Interval i1 = r1.segment(g).orElseThrow().indexInterval("SAT").orElseThrow();
            assertEquals(i1, r2.segment(g).orElseThrow().indexInterval("SAT").orElseThrow());
            assertEquals(r1.segment(g).orElseThrow().pathInterval("QUAL", "SAT"),
                    r2.segment(g).orElseThrow().pathInterval("QUAL", "SAT"));
            assertTrue(i1.contains(r1.segment(g).orElseThrow().index("SAT").getAsDouble()), i1.toString());
        }
    }

    @Test
    void badSegmentsAreNamed() {
        SplittableRandom random = new SplittableRandom(41);
        Survey s = Survey.of(segment(random, 50, 0), segment(random, 5, 0));
        ComparisonSettings settings = ComparisonSettings.defaults().withPermutations(19);
        SegmentComparisonResult side = SegmentComparison.sideBySide(SMALL, s.data(), s.labels(), ZERO_TEN, settings);
        assertEquals("S1", side.skipped().get(0).segment());
        CsiDataException tooFew = assertThrows(CsiDataException.class,
                () -> SegmentComparison.compare(SMALL, s.data(), s.labels(), ZERO_TEN, settings));
        assertTrue(tooFew.getMessage().contains("segment 'S1' (5 rows)"), tooFew.getMessage());
        Survey one = Survey.of(segment(random, 50, 0));
        assertThrows(CsiSpecificationException.class,
                () -> SegmentComparison.compare(SMALL, one.data(), one.labels(), ZERO_TEN, settings));
        List<String> blank = new ArrayList<>(s.labels());
        blank.set(2, " ");
        CsiDataException row = assertThrows(CsiDataException.class,
                () -> SegmentComparison.sideBySide(SMALL, s.data(), blank, settings));
        assertTrue(row.getMessage().contains("row 3"), row.getMessage());
        assertThrows(CsiSpecificationException.class, () -> settings.withPermutations(5));
    }
}
