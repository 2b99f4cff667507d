package dev.csimodel.analysis.study;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.hierarchy.HigherOrderEstimator;
import dev.csimodel.hierarchy.HigherOrderMethod;
import dev.csimodel.hierarchy.HigherOrderResult;
import dev.csimodel.hierarchy.HigherOrderSettings;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.Scale;
import dev.csimodel.moderation.InteractionEffect;
import dev.csimodel.moderation.InteractionMethod;
import dev.csimodel.moderation.ModerationEstimator;
import dev.csimodel.moderation.ModerationResult;
import dev.csimodel.moderation.ModerationSettings;
import dev.csimodel.moderation.SimpleSlope;
import dev.csimodel.moderation.SimpleSlopes;
import dev.csimodel.moderation.SlopeAnalysis;
import dev.csimodel.moderation.SlopeAnalysisResult;
import dev.csimodel.moderation.SlopeSettings;
import dev.csimodel.ordinal.OrdinalEstimator;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.ordinal.OrdinalSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model variants run through {@link StudyAnalysis} on the ECSI bank survey: interaction terms
 * (the moderation estimate, with a bootstrap the simple-slope analysis), higher-order
 * constructs and ordinal indicators give the numbers of the core's estimators called directly, and the settings they
 * cannot be combined with are refused.
 */
class StudyVariantsTest {

    /** The study calls the same code as the direct computation: agreement is to rounding. */
    private static final double SAME_CODE = 1e-12;

    private static final String BLOCKS = """
            IMAG =~ imag1 + imag2 + imag3 + imag4 + imag5
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL =~ val1 + val2 + val3 + val4
            SAT =~ sat1 + sat2 + sat3 + sat4
            LOY =~ loy1 + loy2 + loy3 + loy4
            """;
    private static final PathModel MODERATED = ModelSyntax.parse(BLOCKS.lines()
            .filter(l -> !l.startsWith("EXPE") && !l.startsWith("QUAL")).map(l -> l + "\n")
            .reduce("", String::concat) + "SAT ~ IMAG + VAL + IMAG:VAL\nLOY ~ SAT\n");
    private static final PathModel HIGHER_ORDER = ModelSyntax.parse(BLOCKS + """
            QV =~ QUAL + VAL
            EXPE ~ IMAG
            QV ~ EXPE
            SAT ~ IMAG + EXPE + QV
            LOY ~ SAT
            """);
    private static final PathModel SMALL = ModelSyntax.parse("""
            IMAG =~ imag1 + imag2 + imag3
            SAT =~ sat1 + sat2 + sat3
            LOY =~ loy1 + loy2
            SAT ~ IMAG
            LOY ~ IMAG + SAT
            """);
    private static final DataTable BANK = BundledData.bankSatisfaction();

    @ParameterizedTest
    @EnumSource(InteractionMethod.class)
    void moderationIsTheModerationEstimatorsOwn(InteractionMethod method) {
        ModerationSettings settings = ModerationSettings.defaults().withMethod(method);
        StudyResult r = StudyAnalysis.run(Study.builder(MODERATED).interaction(settings).build(), data(MODERATED));
        ModerationResult direct = new ModerationEstimator(PlsEstimator.withDefaults(), settings)
                .estimate(MODERATED, BANK.select(MODERATED.indicators()));
        assertSameFit(direct.fit(), r.fit());
        ModerationResult own = r.moderation().orElseThrow();
        assertEquals(direct.interactionEffects().size(), own.interactionEffects().size());
        for (InteractionEffect e : direct.interactionEffects()) {
            InteractionEffect o = own.interactionEffect(e.term().name(), e.target());
            assertEquals(e.coefficient(), o.coefficient(), SAME_CODE, e.term().name());
            assertEquals(e.seminrCoefficient(), o.seminrCoefficient(), SAME_CODE, e.term().name());
        }
        assertTrue(r.slopes().isEmpty(), "no bootstrap, no slope analysis");
        assertTrue(r.bootstrap().isEmpty() && r.higherOrder().isEmpty() && r.indices().isEmpty());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void slopesAreTheSlopeAnalysisOwnFromThePlansResamples() {
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(60).withSeed(7).withThreads(2)
                .withIntervals(IntervalMethod.PERCENTILE);
        Study study = Study.builder(MODERATED).bootstrap(BootstrapPlan.percentile(bs)).build();
        StudyResult r = StudyAnalysis.run(study, data(MODERATED));
        SlopeAnalysisResult direct = new SlopeAnalysis(ModerationEstimator.withDefaults(),
                SlopeSettings.defaults().withBootstrap(bs).withIntervalMethod(IntervalMethod.PERCENTILE))
                .run(MODERATED, BANK.select(MODERATED.indicators()));
        assertSameFit(direct.moderation().fit(), r.fit());
        SimpleSlopes expected = direct.slopes("IMAG:VAL", "SAT");
        SimpleSlopes actual = r.slopes().orElseThrow().slopes("IMAG:VAL", "SAT");
        List<SimpleSlope> e = List.of(expected.low(), expected.mean(), expected.high());
        List<SimpleSlope> a = List.of(actual.low(), actual.mean(), actual.high());
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.get(i).slope(), a.get(i).slope(), SAME_CODE, "slope " + i);
            assertEquals(e.get(i).stdError(), a.get(i).stdError(), SAME_CODE, "SE " + i);
        }
        assertEquals(expected.johnsonNeyman(), actual.johnsonNeyman());
        assertEquals(direct.bootstrap().path("IMAG", "SAT").stdError(),
                r.bootstrap().orElseThrow().path("IMAG", "SAT").stdError(), SAME_CODE);
        assertTrue(r.moderation().isPresent());
    }

    @ParameterizedTest
    @EnumSource(HigherOrderMethod.class)
    void higherOrderIsTheHigherOrderEstimatorsOwn(HigherOrderMethod method) {
        StudyResult r = StudyAnalysis.run(Study.builder(HIGHER_ORDER).higherOrder(method).build(), data(HIGHER_ORDER));
        HigherOrderResult direct = new HigherOrderEstimator(new HigherOrderSettings(method, PlsSettings.defaults()))
                .estimate(HIGHER_ORDER, BANK.select(HIGHER_ORDER.indicators()));
        assertSameFit(direct.structural(), r.fit());
        HigherOrderResult own = r.higherOrder().orElseThrow();
        assertEquals(method, own.method());
        for (StructuralPath p : HIGHER_ORDER.paths()) {
            assertEquals(direct.pathCoefficient(p.from(), p.to()), own.pathCoefficient(p.from(), p.to()), SAME_CODE,
                    p.toString());
        }
        for (String indicator : HIGHER_ORDER.indicators()) {
            assertEquals(direct.loading(indicator), own.loading(indicator), SAME_CODE, indicator);
        }
        assertTrue(r.moderation().isEmpty() && r.slopes().isEmpty() && r.bootstrap().isEmpty());
    }

    @Test
    void ordinalIsTheOrdinalEstimatorsOwn() {
        OrdinalSettings ordinal = OrdinalSettings.indicators("imag1", "imag2", "sat1", "loy1", "loy2");
        PlsSettings consistent = PlsSettings.defaults().withConsistent(true);
        StudyResult r = StudyAnalysis.run(Study.builder(SMALL).settings(consistent).ordinal(ordinal).build(),
                data(SMALL));
        OrdinalResult direct = new OrdinalEstimator(consistent, ordinal).estimate(SMALL, BANK.select(SMALL.indicators()));
        assertSameFit(direct.pls(), r.fit());
        OrdinalResult own = r.ordinal().orElseThrow();
        assertEquals(direct.correlations().kinds(), own.correlations().kinds());
        assertEquals(direct.correlations().smallestEigenvalue(), own.correlations().smallestEigenvalue(), SAME_CODE);
        assertTrue(r.moderation().isEmpty() && r.higherOrder().isEmpty() && r.indices().isEmpty());
        assertEquals(List.of(), r.warnings());
        CsiSpecificationException scaled = assertThrows(CsiSpecificationException.class,
                () -> Study.builder(SMALL).ordinal(ordinal).scale(Scale.ZERO_TO_TEN).build());
        assertTrue(scaled.getMessage().contains("ordinal PLS") && scaled.getMessage().contains("scale"),
                scaled.getMessage());
    }

    @Test
    void settingsTheVariantsCannotTakeAreRefusedByName() {
        CsiSpecificationException consistent = assertThrows(CsiSpecificationException.class,
                () -> Study.builder(MODERATED).settings(PlsSettings.defaults().withConsistent(true)).build());
        assertTrue(consistent.getMessage().contains("IMAG:VAL") && consistent.getMessage().contains("consistent PLS"),
                consistent.getMessage());
        CsiSpecificationException scaled = assertThrows(CsiSpecificationException.class,
                () -> Study.builder(MODERATED).scale(Scale.ZERO_TO_TEN).build());
        assertTrue(scaled.getMessage().contains("questionnaire scale"), scaled.getMessage());
        CsiSpecificationException boot = assertThrows(CsiSpecificationException.class,
                () -> Study.builder(HIGHER_ORDER).bootstrap(BootstrapPlan.percentile(BootstrapSettings.defaults()))
                        .build());
        assertTrue(boot.getMessage().contains("'QV'") && boot.getMessage().contains("bootstrap"), boot.getMessage());
        List<String> labels = IntStream.range(0, BANK.rowCount()).mapToObj(i -> i % 2 == 0 ? "a" : "b").toList();
        StudyData grouped = StudyData.grouped("bank", new GroupedData(BANK.select(MODERATED.indicators()), "half",
                labels));
        assertThrows(CsiSpecificationException.class,
                () -> StudyAnalysis.run(Study.builder(MODERATED).build(), grouped));
    }

    private static StudyData data(PathModel model) {
        return StudyData.of("bank", BANK.select(model.indicators()));
    }

    private static void assertSameFit(PlsResult expected, PlsResult actual) {
        for (StructuralPath p : expected.model().paths()) {
            assertEquals(expected.pathCoefficient(p.from(), p.to()), actual.pathCoefficient(p.from(), p.to()),
                    SAME_CODE, p.toString());
        }
        for (String indicator : expected.model().indicators()) {
            assertEquals(expected.outerWeight(indicator), actual.outerWeight(indicator), SAME_CODE, indicator);
        }
    }
}
