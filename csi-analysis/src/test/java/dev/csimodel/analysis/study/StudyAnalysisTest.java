package dev.csimodel.analysis.study;

import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.ipma.Driver;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The study flow on the ECSI bank survey (csi-models' bundled copy of
 * shared/data/satisfaction/satisfaction.csv, scale 0-10) against R plspm 0.5.1 and against the
 * library's own building blocks run by hand.
 */
class StudyAnalysisTest {

    /** plspm writes its results to 15 significant digits; the engine converges to 1e-9. */
    private static final double PLSPM_PATH_TOLERANCE = 1e-6;
    private static final double PLSPM_INDEX_TOLERANCE = 1e-6;
    /** The study calls the same code as the hand computation: agreement is to rounding. */
    private static final double SAME_CODE = 1e-12;

    private static final PathModel MODEL = BundledData.ecsiBankModel();
    private static final DataTable BANK = BundledData.bankSatisfaction();

    private static StudyData bank() {
        return StudyData.of("bank", BANK.select(MODEL.indicators()));
    }

    @Test
    void pathsAndIndicesReproducePlspm() {
        StudyResult r = StudyAnalysis.run(Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).build(), bank());
        List<List<String>> paths = ReferenceCsv.read("/satisfaction/reference/plspm_sat_path_paths.csv");
        int checked = 0;
        for (List<String> row : paths.subList(1, paths.size())) {
            for (int c = 1; c < row.size(); c++) {
                String from = paths.get(0).get(c);
                if (MODEL.hasPath(from, row.get(0))) {
                    assertEquals(Double.parseDouble(row.get(c)), r.pathCoefficient(from, row.get(0)),
                            PLSPM_PATH_TOLERANCE, from + " -> " + row.get(0));
                    checked++;
                }
            }
        }
        assertEquals(10, checked);
        int indices = 0;
        for (List<String> row : ReferenceCsv.read("/satisfaction/reference/plspm_sat_index_0_100.csv")) {
            if (row.get(0).equals("path")) {
                assertEquals(Double.parseDouble(row.get(2)), r.index(row.get(1)).getAsDouble(),
                        PLSPM_INDEX_TOLERANCE, row.get(1));
                indices++;
            }
        }
        assertEquals(6, indices);
        assertTrue(r.rSquared("IMAG").isEmpty(), "IMAG is exogenous: no R²");
        assertTrue(r.fit().converged());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void theMapIsTheDefaultTargetsWithTheModelsOwnImpacts() {
        StudyResult r = StudyAnalysis.run(Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).build(), bank());
        String target = ImportancePerformance.defaultTarget(MODEL).orElseThrow();
        ImportancePerformance expected = ImportancePerformance.constructs(r.fit(),
                IndicatorScales.uniform(Scale.ZERO_TO_TEN), target);
        ImportancePerformance map = r.ipma().orElseThrow();
        assertEquals(target, map.target());
        assertEquals(expected.drivers().stream().map(Driver::name).toList(),
                map.drivers().stream().map(Driver::name).toList());
        for (Driver d : expected.drivers()) {
            assertEquals(d.importance(), map.driver(d.name()).importance(), SAME_CODE, d.name());
            assertEquals(d.performance(), map.driver(d.name()).performance(), SAME_CODE, d.name());
        }
        StudyResult sat = StudyAnalysis.run(Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).ipmaTarget("SAT").build(),
                bank());
        assertEquals("SAT", sat.ipma().orElseThrow().target());
    }

    @Test
    void withoutAScaleNothingOnTheIndexScaleIsPresent() {
        StudyResult r = StudyAnalysis.run(Study.builder(MODEL).build(), bank());
        assertTrue(r.indices().isEmpty());
        assertTrue(r.index("SAT").isEmpty());
        assertTrue(r.ipma().isEmpty());
        assertTrue(r.bootstrap().isEmpty());
        assertTrue(r.segments().isEmpty());
        assertTrue(r.comparison().isEmpty());
    }

    @Test
    void theBootstrapIsTheLibrarysWithTheSameSeedAndCarriesImpacts() {
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(200).withSeed(11).withThreads(2);
        Study study = Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).bootstrap(BootstrapPlan.percentile(bs)).build();
        StudyResult r = StudyAnalysis.run(study, bank());
        BootstrapResult boot = r.bootstrap().orElseThrow();
        assertEquals(200, boot.used());
        BootstrapResult again = StudyAnalysis.run(study.toBuilder()
                .bootstrap(BootstrapPlan.percentile(bs.withThreads(1))).build(), bank()).bootstrap().orElseThrow();
        for (StructuralPath p : MODEL.paths()) {
            assertEquals(r.pathCoefficient(p.from(), p.to()), boot.path(p.from(), p.to()).original(), SAME_CODE);
            // resample b draws from its own generator: the thread count does not change the draws
            assertEquals(again.path(p.from(), p.to()).stdError(), boot.path(p.from(), p.to()).stdError(), 0.0);
        }
        assertTrue(r.impacts().isPresent(), "the map's impacts are bootstrapped with it");
    }

    @Test
    void eachSegmentIsItsOwnEstimateAndTheySitSideBySide() {
        StudyResult r = StudyAnalysis.run(Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).build(), byGender());
        // in the order the labels first appear in the data (row 1 is a man)
        assertEquals(List.of("male", "female"), r.segments().stream().map(SegmentFit::label).toList());
        assertEquals("gender", r.groupColumn().orElseThrow());
        for (int code : new int[] {BundledData.FEMALE, BundledData.MALE}) {
            int[] rows = genderRows(code);
            PlsResult own = PlsEstimator.withDefaults().estimate(MODEL, BANK.rows(rows).select(MODEL.indicators()));
            CsiIndex index = CsiIndex.of(own, IndicatorScales.uniform(Scale.ZERO_TO_TEN));
            SegmentFit s = r.segment(BundledData.genderLabels().get(code)).orElseThrow();
            assertEquals(rows.length, s.rows());
            for (StructuralPath p : MODEL.paths()) {
                assertEquals(own.pathCoefficient(p.from(), p.to()),
                        s.fit().orElseThrow().pathCoefficient(p.from(), p.to()), SAME_CODE);
            }
            assertEquals(index.requireIndex("SAT"), s.index().orElseThrow().requireIndex("SAT"), SAME_CODE);
        }
        assertEquals(2, r.comparison().orElseThrow().segments().size());
        assertFalse(r.comparison().get().tested());
    }

    @Test
    void pooledSegmentIndicesUseTheWholeSamplesWeights() {
        Study study = Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).segments(SegmentPlan.defaults().withComparison(
                dev.csimodel.analysis.segments.ComparisonSettings.defaults().withStrategy(
                        dev.csimodel.models.index.SegmentStrategy.POOLED))).build();
        StudyResult r = StudyAnalysis.run(study, byGender());
        DataTable male = BANK.rows(genderRows(BundledData.MALE)).select(MODEL.indicators());
        CsiIndex pooled = CsiIndex.of(r.fit(), IndicatorScales.uniform(Scale.ZERO_TO_TEN), male);
        assertEquals(pooled.requireIndex("LOY"), r.segment("male").orElseThrow().index().orElseThrow()
                .requireIndex("LOY"), SAME_CODE);
    }

    private static StudyData byGender() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < BANK.rowCount(); i++) {
            labels.add(BundledData.genderLabels().get((int) BANK.value(i, BundledData.GENDER)));
        }
        DataTable table = BANK.select(MODEL.indicators());
        return StudyData.grouped("bank", new GroupedData(table, "gender", labels));
    }

    private static int[] genderRows(int code) {
        return IntStream.range(0, BANK.rowCount()).filter(i -> BANK.value(i, BundledData.GENDER) == code).toArray();
    }
}
