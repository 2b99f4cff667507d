package dev.csimodel.analysis.study;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.analysis.waves.IndexChange;
import dev.csimodel.analysis.waves.WaveAnalysis;
import dev.csimodel.analysis.waves.WaveResult;
import dev.csimodel.analysis.waves.WaveSettings;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingData;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.ipma.Driver;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The study's waves, its fits from moments, and per-indicator scales, each against the direct call. */
class StudyWavesAndMomentsTest {

    private static final PathModel MODEL = BundledData.ecsiBankModel();
    private static final DataTable TABLE = BundledData.bankSatisfaction().select(MODEL.indicators());
    private static final double SAME_CODE = 1e-12;

    /** Rows 1-125 are the first wave, rows 126-250 the second. */
    private static final List<String> WAVES = IntStream.range(0, TABLE.rowCount())
            .mapToObj(i -> i < 125 ? "2025Q1" : "2025Q2").toList();

    @Test
    void theStudysWavesAreTheWaveAnalysisOfItsRows() {
        WaveSettings ws = WaveSettings.defaults().withPermutations(99).withReplicates(50).withSeed(3);
        Study study = Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).waves(WavePlan.sorted(ws)).build();
        WaveResult r = StudyAnalysis.run(study, StudyData.of("bank", TABLE).withWaves("quarter", WAVES))
                .waves().orElseThrow();
        WaveResult direct = WaveAnalysis.run(MODEL, TABLE, WAVES, List.of("2025Q1", "2025Q2"),
                IndicatorScales.uniform(Scale.ZERO_TO_TEN), ws);
        assertEquals(1, r.changes().stream().map(IndexChange::to).distinct().count());
        for (String c : MODEL.constructNames()) {
            IndexChange a = r.change("2025Q2", c).orElseThrow();
            IndexChange b = direct.change("2025Q2", c).orElseThrow();
            assertEquals(b.change(), a.change(), SAME_CODE, c);
            assertEquals(b.pValue().getAsDouble(), a.pValue().getAsDouble(), 0.0, c);
        }
    }

    @Test
    void wavesNeedAWaveColumnAndAScale() {
        WavePlan plan = WavePlan.sorted(WaveSettings.defaults());
        Study study = Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).waves(plan).build();
        String message = assertThrows(CsiSpecificationException.class,
                () -> StudyAnalysis.run(study, StudyData.of("bank", TABLE))).getMessage();
        assertTrue(message.contains("bank") && message.contains("wave"), message);
        assertThrows(CsiSpecificationException.class, () -> Study.builder(MODEL).waves(plan).build());
    }

    @Test
    void aFitFromMomentsGetsTheSameIndicesAndMapAsTheRows() {
        Study study = Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).build();
        StudyResult rows = StudyAnalysis.run(study, StudyData.of("bank", TABLE));
        PlsResult fromMoments = new PlsEstimator(study.settings()).estimate(MODEL,
                MissingData.moments(TABLE, MODEL.indicators(), MissingStrategy.REJECT));
        StudyResult moments = StudyAnalysis.fromFit(study, "bank", fromMoments, Optional.empty(), true);
        for (String c : MODEL.constructNames()) {
            assertEquals(rows.index(c).getAsDouble(), moments.index(c).getAsDouble(), 1e-9, c);
        }
        for (Driver d : rows.ipma().orElseThrow().drivers()) {
            assertEquals(d.impact(), moments.ipma().orElseThrow().driver(d.name()).impact(), 1e-9, d.name());
        }
        assertTrue(StudyAnalysis.fromFit(study, "segment", fromMoments, Optional.empty(), false).ipma().isEmpty(),
                "a segment's fit gets no map");
    }

    @Test
    void perIndicatorScalesEqualOneSharedScaleWhenTheyAgree() {
        StudyResult shared = StudyAnalysis.run(Study.builder(MODEL).scale(Scale.ZERO_TO_TEN).build(),
                StudyData.of("bank", TABLE));
        StudyResult each = StudyAnalysis.run(Study.builder(MODEL).scales(IndicatorScales.uniform(Scale.ZERO_TO_TEN))
                .build(), StudyData.of("bank", TABLE));
        for (String c : MODEL.constructNames()) {
            assertEquals(shared.index(c).getAsDouble(), each.index(c).getAsDouble(), 0.0, c);
        }
        assertTrue(each.study().scale().isEmpty(), "no shared scale was given");
    }
}
