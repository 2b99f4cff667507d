package dev.csimodel.analysis.study;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.Scale;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad studies and bad cells: typed exceptions naming the culprit, warnings that say what was done. */
class StudyInputTest {

    private static final PathModel MODEL = BundledData.ecsiBankModel();

    /** The bank survey's indicators with the cell at {@code row} (0-based) of {@code column} set to {@code value}. */
    private static StudyData edited(int row, String column, double value) {
        DataTable t = BundledData.bankSatisfaction().select(MODEL.indicators());
        double[] x = t.column(column);
        x[row] = value;
        return StudyData.of("bank", t.withColumn(column, x));
    }

    @Test
    void combinationsThatCannotWorkAreRefusedWhenBuilt() {
        BootstrapPlan boot = BootstrapPlan.percentile(BootstrapSettings.defaults().withResamples(50));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> Study.builder(MODEL).bootstrap(boot)
                .handling(DataHandling.defaults().withMissing(MissingStrategy.PAIRWISE)).build())
                .getMessage().contains("pairwise"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> Study.builder(MODEL).ipmaTarget("SAT")
                .build()).getMessage().contains("SAT"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> Study.builder(MODEL)
                .segments(SegmentPlan.defaults().withGroupTests(true)).build())
                .getMessage().contains("multi-group"));
        assertThrows(CsiSpecificationException.class, () -> new BootstrapPlan(
                BootstrapSettings.defaults().withIntervals(IntervalMethod.PERCENTILE), IntervalMethod.BCA));
    }

    @Test
    void aCellOutsideTheScaleIsNamedOrTreatedAsMissing() {
        StudyData data = edited(110, "imag1", 12);
        Study study = Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).build();
        String message = assertThrows(CsiDataException.class, () -> StudyAnalysis.run(study, data)).getMessage();
        assertTrue(message.contains("'imag1'") && message.contains("data row 111") && message.contains("12.0"),
                message);
        StudyResult r = StudyAnalysis.run(study.toBuilder().outOfScale(OutOfScalePolicy.MISSING)
                .handling(DataHandling.defaults().withMissing(MissingStrategy.LISTWISE)).build(), data);
        StudyWarning w = r.warnings().stream().filter(x -> x.kind() == StudyWarningKind.OUT_OF_SCALE).findFirst()
                .orElseThrow();
        assertEquals(List.of("imag1"), w.indicators());
        assertTrue(w.message().startsWith("1 cell(s)"), w.message());
        assertEquals(249, r.fit().observations());
    }

    @Test
    void aRejectedMissingValueIsNamedByColumnAndRow() {
        StudyData data = edited(4, "sat2", Double.NaN);
        String message = assertThrows(CsiDataException.class,
                () -> StudyAnalysis.run(Study.builder(MODEL).build(), data)).getMessage();
        assertTrue(message.startsWith("bank: 1 missing value(s), the first in column 'sat2', data row 5"), message);
    }

    @Test
    void aValueThatLooksLikeAMissingCodeIsWarnedAboutUnlessCodesWereDeclared() {
        // a code is suspected when it occurs at least twice (MissingValues.suspectCodes)
        StudyData once = edited(7, "loy1", -99);
        double[] loy1 = once.table().column("loy1");
        loy1[9] = -99;
        StudyData data = once.withTable(once.table().withColumn("loy1", loy1));
        StudyResult r = StudyAnalysis.run(Study.builder(MODEL).build(), data);
        StudyWarning w = r.warnings().stream().filter(x -> x.kind() == StudyWarningKind.SUSPECT_MISSING_CODE)
                .findFirst().orElseThrow();
        assertEquals(List.of("loy1"), w.indicators());
        assertEquals(List.of("LOY"), w.constructs());
        assertTrue(StudyAnalysis.run(Study.builder(MODEL).suspectCodeCheck(false).build(), data).warnings().isEmpty());
    }

    @Test
    void weightedSegmentsAreNotComparedSideBySide() {
        DataTable t = BundledData.bankSatisfaction();
        double[] w = new double[t.rowCount()];
        java.util.Arrays.fill(w, 2.0);
        DataTable table = t.select(MODEL.indicators()).withColumn("w", w);
        List<String> labels = java.util.stream.IntStream.range(0, t.rowCount())
                .mapToObj(i -> i % 2 == 0 ? "a" : "b").toList();
        Study study = Study.builder(MODEL).handling(DataHandling.defaults().withWeightColumn("w")
                .withWeightKind(dev.csimodel.estimate.WeightKind.FREQUENCY)).build();
        StudyResult r = StudyAnalysis.run(study, StudyData.grouped("bank",
                new dev.csimodel.io.GroupedData(table, "half", labels)));
        assertTrue(r.comparison().isEmpty());
        assertEquals(2, r.segments().size());
        // Σw = 500 for 250 rows: n is the weight sum, which the warning says
        assertEquals(500, r.weights().orElseThrow().sum(), 0.0);
        assertEquals(250, r.weights().get().kishEffectiveSize().getAsDouble(), 1e-9);
        assertTrue(r.warnings().stream().anyMatch(x -> x.kind() == StudyWarningKind.WEIGHTS_NOT_ROW_COUNT));
    }
}
