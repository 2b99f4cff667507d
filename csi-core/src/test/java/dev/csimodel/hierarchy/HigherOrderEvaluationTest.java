package dev.csimodel.hierarchy;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.QualityCriteria;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evaluation of a higher-order construct on its dimensions, invariances, bad input. */
class HigherOrderEvaluationTest {

    /** Same quantity computed two ways from the same fit. */
    static final double SAME = 1e-12;
    /** Estimates of a re-expressed but equivalent problem (iteration runs again). */
    static final double INVARIANT = 1e-9;

    static final DataTable DATA = BankData.table();

    @ParameterizedTest
    @EnumSource(value = HigherOrderMethod.class, names = {"EMBEDDED_TWO_STAGE", "DISJOINT_TWO_STAGE"})
    void twoStageHigherLevelCriteriaAreThoseOfStageTwo(HigherOrderMethod method) {
        HigherOrderResult r = HigherOrderEquivalenceTest.estimate(method);
        QualityCriteria q = r.secondStage().orElseThrow().quality();
        HigherOrderMeasurement qv = r.measurement("QV");
        assertEquals(q.cronbachAlpha("QV").orElseThrow(), qv.alpha().orElseThrow(), SAME);
        assertEquals(q.compositeReliability("QV").orElseThrow(), qv.rhoC().orElseThrow(), SAME);
        assertEquals(q.ave("QV").orElseThrow(), qv.ave().orElseThrow(), SAME);
        assertEquals(q.rhoA("QV").orElseThrow(), qv.rhoA().orElseThrow(), SAME);
        assertEquals(q.htmt("QV", "SAT").orElseThrow(), r.higherOrderQuality().htmt("QV", "SAT").orElseThrow(), SAME);
        assertEquals(r.firstStage().quality().htmt("QUAL", "VAL").orElseThrow(),
                r.lowerOrderQuality().htmt("QUAL", "VAL").orElseThrow(), SAME);
        assertEquals(List.of("IMAG", "EXPE", "SAT", "LOY"), List.copyOf(qv.correlations().keySet()).stream().sorted(
                (a, b) -> r.model().indexOf(a) - r.model().indexOf(b)).toList());
    }

    @Test
    void twoDimensionsByHand() {
        // with two dimensions of score correlation r: alpha = 2r/(1 + r), VIF = 1/(1 - r²),
        // rhoC and AVE from the two loadings
        HigherOrderResult res = HigherOrderEquivalenceTest.estimate(HigherOrderMethod.DISJOINT_TWO_STAGE);
        HigherOrderMeasurement qv = res.measurement("QV");
        double r = res.firstStage().constructCorrelation("QUAL", "VAL");
        assertEquals(2 * r / (1 + r), qv.alpha().orElseThrow(), SAME);
        assertEquals(1 / (1 - r * r), qv.vif("QUAL").orElseThrow(), SAME);
        assertEquals(1 / (1 - r * r), qv.vif("VAL").orElseThrow(), SAME);
        double l1 = qv.loading("QUAL");
        double l2 = qv.loading("VAL");
        assertEquals((l1 + l2) * (l1 + l2) / ((l1 + l2) * (l1 + l2) + 2 - l1 * l1 - l2 * l2), qv.rhoC().orElseThrow(), SAME);
        assertEquals((l1 * l1 + l2 * l2) / 2, qv.ave().orElseThrow(), SAME);
        assertEquals(Math.sqrt(qv.ave().orElseThrow()), qv.sqrtAve().orElseThrow(), SAME);
        double maxCorrelation = qv.correlations().values().stream().mapToDouble(Math::abs).max().orElseThrow();
        assertEquals(qv.sqrtAve().orElseThrow() > maxCorrelation, qv.fornellLarckerHolds().orElseThrow());
        assertEquals(res.structural().constructCorrelation("QV", "SAT"), qv.correlations().get("SAT"), SAME);
    }

    @Test
    void aModeBHigherOrderConstructHasWeightsAndVifsButNoReliability() {
        HigherOrderResult r = HigherOrderEstimator.withDefaults().estimate(HocModels.qvModeB(), DATA);
        HigherOrderMeasurement qv = r.measurement("QV");
        assertTrue(qv.alpha().isEmpty() && qv.rhoC().isEmpty() && qv.ave().isEmpty() && qv.rhoA().isEmpty());
        assertTrue(qv.fornellLarckerHolds().isEmpty());
        assertTrue(qv.vif("QUAL").orElseThrow() > 1);
        // Mode B weights are the regression of the composite on its dimensions: w = R⁻¹λ (two dimensions)
        double rq = r.firstStage().constructCorrelation("QUAL", "VAL");
        double lq = qv.loading("QUAL");
        double lv = qv.loading("VAL");
        assertEquals((lq - rq * lv) / (1 - rq * rq), qv.weight("QUAL").orElseThrow(), 1e-9);
    }

    @Test
    void repeatedIndicatorsModeBJoinsTheDimensionsToTheHigherOrderConstruct() {
        HigherOrderResult r = new HigherOrderEstimator(HigherOrderSettings.defaults()
                .withMethod(HigherOrderMethod.REPEATED_INDICATORS)).estimate(HocModels.qvModeB(), DATA);
        PathModel run = r.firstStage().model();
        assertTrue(run.hasPath("QUAL", "QV") && run.hasPath("VAL", "QV"));
        assertFalse(run.hasPath("QV", "QUAL"));
        assertTrue(r.firstStage().rSquared("QV").orElseThrow() > 0.99, "the dimensions explain QV");
    }

    @ParameterizedTest
    @EnumSource(HigherOrderMethod.class)
    void declarationOrderAndIndicatorScaleDoNotMatter(HigherOrderMethod method) {
        HigherOrderEstimator estimator = new HigherOrderEstimator(HigherOrderSettings.defaults().withMethod(method));
        HigherOrderResult base = estimator.estimate(HocModels.qv(), DATA);
        // QV declared first, a rescaled and shifted item (PLS standardises the indicators)
        PathModel reordered = ModelSyntax.parse("QV =~ QUAL + VAL\n" + HocModels.LOWER + HocModels.PATHS);
        double[] qual2 = DATA.column("qual2");
        for (int i = 0; i < qual2.length; i++) {
            qual2[i] = 3 * qual2[i] - 7;
        }
        HigherOrderResult other = estimator.estimate(reordered, DATA.withColumn("qual2", qual2));
        for (StructuralPath p : base.model().paths()) {
            assertEquals(base.pathCoefficient(p.from(), p.to()), other.pathCoefficient(p.from(), p.to()), INVARIANT, p.toString());
        }
        assertEquals(base.measurement("QV").loading("VAL"), other.measurement("QV").loading("VAL"), INVARIANT);
        assertEquals(base.outerWeight("qual2"), other.outerWeight("qual2"), INVARIANT);
    }

    @ParameterizedTest
    @EnumSource(HigherOrderMethod.class)
    void rowOrderDoesNotMatter(HigherOrderMethod method) {
        HigherOrderEstimator estimator = new HigherOrderEstimator(HigherOrderSettings.defaults().withMethod(method));
        int n = DATA.rowCount();
        int[] reversed = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = n - 1 - i;
        }
        HigherOrderResult base = estimator.estimate(HocModels.qv(), DATA);
        HigherOrderResult other = estimator.estimate(HocModels.qv(), DATA.rows(reversed));
        assertEquals(base.pathCoefficient("QV", "SAT"), other.pathCoefficient("QV", "SAT"), INVARIANT);
        assertEquals(base.scores().value(0, "QV"), other.scores().value(n - 1, "QV"), INVARIANT);
        assertEquals(base.scores().value(3, "QUAL"), other.scores().value(n - 4, "QUAL"), INVARIANT);
    }

    @Test
    void badInputIsNamed() {
        CsiDataException clash = assertThrows(CsiDataException.class, () -> HigherOrderEstimator.withDefaults()
                .estimate(HocModels.qv(), DATA.withColumn("QUAL", DATA.column("qual1"))));
        assertTrue(clash.getMessage().contains("column 'QUAL'"), clash.getMessage());
        CsiDataException missing = assertThrows(CsiDataException.class, () -> HigherOrderEstimator.withDefaults()
                .estimate(HocModels.qv(), DATA.select(DATA.columnNames().subList(1, 27))));
        assertTrue(missing.getMessage().contains("'imag1'"), missing.getMessage());
        CsiSpecificationException plain = assertThrows(CsiSpecificationException.class,
                () -> HigherOrderEstimator.withDefaults().estimate(BankData.model(OuterMode.A), DATA));
        assertTrue(plain.getMessage().contains("no higher-order construct"), plain.getMessage());
        CsiSpecificationException refused = assertThrows(CsiSpecificationException.class,
                () -> PlsEstimator.withDefaults().estimate(HocModels.qv(), DATA));
        assertTrue(refused.getMessage().contains("construct 'QV' is higher-order"), refused.getMessage());
        CsiSpecificationException boot = assertThrows(CsiSpecificationException.class,
                () -> new Bootstrap(PlsEstimator.withDefaults(),
                        BootstrapSettings.defaults().withResamples(10)).run(HocModels.qv(), DATA));
        assertTrue(boot.getMessage().contains("construct 'QV' is higher-order"), boot.getMessage());
        HigherOrderResult r = HigherOrderEstimator.withDefaults().estimate(HocModels.qv(), DATA);
        assertThrows(CsiSpecificationException.class, () -> r.measurement("SAT"));
        assertThrows(CsiSpecificationException.class, () -> r.measurement("QV").loading("SAT"));
        assertThrows(CsiSpecificationException.class, () -> r.pathCoefficient("QUAL", "SAT"));
        assertThrows(CsiSpecificationException.class, () -> r.loading("QUAL"));
    }

    @ParameterizedTest
    @EnumSource(HigherOrderMethod.class)
    void twoHigherOrderConstructsJoinedByAPath(HigherOrderMethod method) {
        PathModel model = ModelSyntax.parse(HocModels.LOWER + "EI =~ IMAG + EXPE\nQV =~ QUAL + VAL\n"
                + "QV ~ EI\nSAT ~ EI + QV\nLOY ~ SAT\n");
        HigherOrderResult r = new HigherOrderEstimator(HigherOrderSettings.defaults().withMethod(method)).estimate(model, DATA);
        PathModel first = r.firstStage().model();
        if (method == HigherOrderMethod.DISJOINT_TWO_STAGE) {
            // EI -> QV becomes the four paths IMAG/EXPE -> QUAL/VAL; EI -> SAT and QV -> SAT two each
            assertEquals(9, first.paths().size());
            assertTrue(first.hasPath("EXPE", "VAL") && first.hasPath("IMAG", "QUAL") && first.hasPath("VAL", "SAT"));
        } else {
            // the model's 4 paths and one path from each higher-order construct to each dimension
            assertEquals(8, first.paths().size());
            assertTrue(first.hasPath("EI", "IMAG") && first.hasPath("QV", "VAL"));
        }
        for (String h : List.of("EI", "QV")) {
            HigherOrderMeasurement m = r.measurement(h);
            double rr = r.firstStage().constructCorrelation(m.dimensions().get(0), m.dimensions().get(1));
            assertEquals(2 * rr / (1 + rr), m.alpha().orElseThrow(), SAME, h);
        }
        assertTrue(r.pathCoefficient("EI", "QV") > 0.5, "image-expectation drives quality-value");
    }

    @Test
    void scoresHoldEveryConstructOfTheModel() {
        HigherOrderResult r = HigherOrderEstimator.withDefaults().estimate(HocModels.qv(), DATA);
        assertEquals(r.model().constructNames(), r.scores().constructs());
        PlsResult first = r.firstStage();
        assertEquals(first.scores().value(5, "VAL"), r.scores().value(5, "VAL"), SAME);
        assertEquals(r.structural().scores().value(5, "QV"), r.scores().value(5, "QV"), SAME);
    }
}
