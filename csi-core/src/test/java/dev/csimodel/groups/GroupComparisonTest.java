package dev.csimodel.groups;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupComparisonTest {

    /** Group estimates are the estimator's own numbers: only identical arithmetic. */
    static final double SAME_FIT_TOL = 1e-12;
    static final int N = 199;

    static final PathModel BANK = BankData.model(OuterMode.A);
    static DataTable bank;
    static GroupComparison comparison;
    static GroupComparisonResult randomSplit;

    @BeforeAll
    static void load() {
        bank = BankData.table();
        comparison = new GroupComparison(PlsSettings.defaults(), PermutationSettings.defaults().withPermutations(N));
        randomSplit = comparison.compare(BANK, bank, GroupData.randomHalves(250, 11));
    }

    @Test
    void genderGroupsAreEstimatedSeparately() {
        String[] gender = GroupData.bankGender();
        GroupComparisonResult r = new GroupComparison(PlsSettings.defaults(),
                PermutationSettings.defaults().withPermutations(49)).compare(BANK, bank, gender);
        assertEquals(List.of("female", "male"), r.groups(), "ordered by label");
        assertEquals(148, r.groupSize("female"));
        assertEquals(102, r.groupSize("male"));
        DataTable male = bank.filterRows(i -> gender[i].equals("male"));
        double direct = PlsEstimator.withDefaults().estimate(BANK, male).pathCoefficient("SAT", "LOY");
        assertEquals(direct, r.group("male").pathCoefficient("SAT", "LOY"), SAME_FIT_TOL);
        PathDifference d = r.pair("female", "male").pathDifference("SAT", "LOY");
        assertEquals(r.group("female").pathCoefficient("SAT", "LOY") - direct, d.difference(), SAME_FIT_TOL);
        for (PathDifference p : r.pair().pathDifferences()) {
            assertTrue(p.pValue() >= 1.0 / 50 && p.pValue() <= 1, p.toString());
        }
    }

    @Test
    void strongBuiltInDifferenceIsDetected() {
        // True paths 0.8 and 0.0 with 300 rows per group: the observed difference (about 0.56
        // after attenuation by the indicators' reliability 0.64) is beyond every permutation,
        // so p reaches its minimum 1/(N+1).
        DataTable a = GroupData.simulate(300, 0.8, 1);
        DataTable b = GroupData.simulate(300, 0.0, 2);
        PairComparison p = comparison.compare(GroupData.twoConstructs(), List.of("A", "B"), List.of(a, b)).pair();
        PathDifference d = p.pathDifference("X", "Y");
        assertTrue(d.difference() > 0.4 && d.difference() < 0.8, d.toString());
        assertTrue(d.pValue() < 0.01, d.toString());
        assertEquals(1.0 / (N + 1), d.pValue(), 1e-15);
        // Same measurement model in both populations: the composites are invariant.
        assertTrue(p.micom().compositional("X").invariant(), p.micom().compositional("X").toString());
    }

    @Test
    void randomHalvesShowNoDifference() {
        // Two random halves of one sample come from the same population. With the fixed split
        // (seed 11) and permutation seed 1 the result is deterministic: every path's p-value
        // exceeds 0.05 here, including the biggest paths EXPE->QUAL, QUAL->VAL and VAL->SAT.
        PairComparison p = randomSplit.pair();
        for (PathDifference d : p.pathDifferences()) {
            assertTrue(d.pValue() > 0.05, d.toString());
        }
        for (String c : BankData.CONSTRUCTS) {
            CompositionalInvariance ci = p.micom().compositional(c);
            assertTrue(ci.c() > 0.99 && ci.c() <= 1 + 1e-12, "c ≈ 1: " + ci);
            assertTrue(ci.invariant(), ci.toString());
            assertTrue(p.micom().partialInvariance(c), c);
            assertTrue(p.micom().equality(c).equalVariances(), p.micom().equality(c).toString());
        }
        assertTrue(p.micom().configural().established());
    }

    @Test
    void micomStepThreeUsesThePooledScores() {
        // Step 3 statistics recomputed by hand from the pooled fit's scores.
        String[] labels = GroupData.randomHalves(250, 11);
        PairComparison p = randomSplit.pair();
        double[] y = p.pooled().scores().column("SAT");
        // pooled rows are group a's rows then group b's, in row order
        double[] sums = new double[4];
        int na = 0;
        for (String l : labels) {
            na += l.equals("a") ? 1 : 0;
        }
        for (int i = 0; i < y.length; i++) {
            int g = i < na ? 0 : 2;
            sums[g] += y[i];
            sums[g + 1] += y[i] * y[i];
        }
        int nb = y.length - na;
        double meanA = sums[0] / na;
        double meanB = sums[2] / nb;
        double varA = sums[1] / na - meanA * meanA;
        double varB = sums[3] / nb - meanB * meanB;
        CompositeEquality e = p.micom().equality("SAT");
        assertEquals(meanA - meanB, e.meanDifference(), 1e-12);
        assertEquals(Math.log(varA / varB), e.logVarianceRatio(), 1e-12);
        assertTrue(e.meanLower() < 0 && e.meanUpper() > 0, "interval of a null statistic straddles 0: " + e);
    }

    @Test
    void deterministicAndIndependentOfThreads() {
        String[] labels = GroupData.randomHalves(250, 11);
        GroupComparisonResult parallel = new GroupComparison(PlsSettings.defaults(),
                PermutationSettings.defaults().withPermutations(N).withParallel(true)).compare(BANK, bank, labels);
        assertEquals(randomSplit.pair().pathDifferences(), parallel.pair().pathDifferences());
        assertEquals(randomSplit.pair().micom().compositional("LOY"), parallel.pair().micom().compositional("LOY"));
        assertEquals(randomSplit.pair().micom().equality("LOY"), parallel.pair().micom().equality("LOY"));
    }

    @Test
    void integerCodesAndSeparateTablesMatchStringLabels() {
        String[] labels = GroupData.randomHalves(250, 3);
        int[] codes = new int[labels.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = labels[i].equals("a") ? 10 : 2;
        }
        GroupComparison small = new GroupComparison(PlsSettings.defaults(), PermutationSettings.defaults().withPermutations(19));
        GroupComparisonResult byString = small.compare(BANK, bank, labels);
        GroupComparisonResult byCode = small.compare(BANK, bank, codes);
        assertEquals(List.of("2", "10"), byCode.groups(), "numeric order");
        // codes order b ("2") before a ("10"): the difference changes sign
        assertEquals(-byString.pair().pathDifference("SAT", "LOY").difference(),
                byCode.pair().pathDifference("SAT", "LOY").difference(), SAME_FIT_TOL);
        DataTable a = bank.filterRows(i -> labels[i].equals("a"));
        DataTable b = bank.filterRows(i -> labels[i].equals("b"));
        GroupComparisonResult byTable = small.compare(BANK, List.of("a", "b"), List.of(a, b));
        assertEquals(byString.pair().pathDifferences(), byTable.pair().pathDifferences());
    }

    @Test
    void threeGroupsAreComparedPairwise() {
        int[] codes = new int[250];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i % 3;
        }
        GroupComparisonResult r = new GroupComparison(PlsSettings.defaults(),
                PermutationSettings.defaults().withPermutations(9)).compare(BANK, bank, codes);
        assertEquals(List.of("0/1", "0/2", "1/2"),
                r.pairs().stream().map(p -> p.groupA() + "/" + p.groupB()).toList());
        assertTrue(assertThrows(CsiSpecificationException.class, r::pair).getMessage().contains("3 groups"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> r.pair("2", "0")).getMessage()
                .contains("ask for (0, 2)"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> r.group("7")).getMessage().contains("'7'"));
    }

    @Test
    void badInputsAreRejected() {
        assertTrue(assertThrows(CsiSpecificationException.class, () -> PermutationSettings.defaults().withPermutations(0))
                .getMessage().contains("permutations"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> PermutationSettings.defaults().withAlpha(1))
                .getMessage().contains("alpha"));
        assertTrue(assertThrows(CsiDataException.class, () -> comparison.compare(BANK, bank, new String[3]))
                .getMessage().contains("3 group labels for 250 rows"));
        String[] labels = GroupData.randomHalves(250, 1);
        labels[41] = null;
        assertTrue(assertThrows(CsiDataException.class, () -> comparison.compare(BANK, bank, labels))
                .getMessage().contains("row 42"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> comparison.compare(BANK, bank, new int[250]))
                .getMessage().contains("at least two groups"));
        assertThrows(CsiSpecificationException.class, () -> comparison.compare(BANK, List.of("a"), List.of(bank, bank)));
        DataTable noLoy = bank.select(bank.columnNames().subList(0, 23));
        assertTrue(assertThrows(CsiDataException.class,
                () -> comparison.compare(BANK, List.of("a", "b"), List.of(bank, noLoy))).getMessage().contains("'b'"));
        assertTrue(assertThrows(CsiSpecificationException.class,
                () -> randomSplit.pair().pathDifference("LOY", "SAT")).getMessage().contains("LOY -> SAT"));
    }

    @Test
    void constantIndicatorInAGroupNamesTheGroup() {
        double[] imag1 = bank.column("imag1");
        String[] labels = GroupData.randomHalves(250, 5);
        for (int i = 0; i < imag1.length; i++) {
            if (labels[i].equals("b")) {
                imag1[i] = 7;
            }
        }
        DataTable t = bank.withColumn("imag1", imag1);
        CsiDataException e = assertThrows(CsiDataException.class, () -> comparison.compare(BANK, t, labels));
        assertTrue(e.getMessage().contains("group 'b'") && e.getMessage().contains("imag1"), e.getMessage());
    }
}
