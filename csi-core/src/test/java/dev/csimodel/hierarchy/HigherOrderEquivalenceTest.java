package dev.csimodel.hierarchy;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import dev.csimodel.spec.StructuralPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Repeated indicators and the embedded two-stage approach have no reference file: each is
 * checked against the plain model it stands for, built here by hand and estimated by the plain
 * engine; the two computations must agree to rounding.
 */
class HigherOrderEquivalenceTest {

    /** The same arithmetic on the same numbers: only summation order may differ. */
    static final double SAME = 1e-12;

    static final DataTable DATA = BankData.table();
    static final List<String> QV_ITEMS = concat(BankData.indicators("QUAL"), BankData.indicators("VAL"));

    @Test
    void repeatedIndicatorsIsThePlainModelWhoseQvBlockIsTheUnionOfQualAndVal() {
        HigherOrderResult hoc = estimate(HigherOrderMethod.REPEATED_INDICATORS);
        DataTable data = DATA;
        List<String> repeated = new ArrayList<>();
        for (String item : QV_ITEMS) {
            data = data.withColumn("QV." + item, DATA.column(item));
            repeated.add("QV." + item);
        }
        PathModelBuilder b = lowerOrder().construct("QV").block(OuterMode.A, repeated);
        hocPaths(b).path("QV", "QUAL").path("QV", "VAL");
        PlsResult plain = PlsEstimator.withDefaults().estimate(b.build(), data);

        assertTrue(hoc.secondStage().isEmpty());
        assertSamePaths(plain, hoc);
        for (String item : concat(QV_ITEMS, repeated)) {
            assertEquals(plain.outerWeight(item), hoc.firstStage().outerWeight(item), SAME, item);
        }
        for (String c : BankData.CONSTRUCTS) {
            for (String item : BankData.indicators(c)) {
                assertEquals(plain.loading(item), hoc.loading(item), SAME, item);
            }
        }
        // the loading of a dimension is the path QV -> dimension (its only predecessor, so a correlation)
        HigherOrderMeasurement qv = hoc.measurement("QV");
        assertEquals(plain.pathCoefficient("QV", "QUAL"), qv.loading("QUAL"), SAME);
        assertEquals(plain.pathCoefficient("QV", "VAL"), qv.loading("VAL"), SAME);
        assertTrue(qv.weight("QUAL").isEmpty(), "repeated indicators has no weights on the dimensions");
        assertTrue(qv.rhoA().isEmpty());
    }

    @Test
    void embeddedTwoStageMeasuresQvByTheRepeatedIndicatorScoresOfQualAndVal() {
        HigherOrderResult embedded = estimate(HigherOrderMethod.EMBEDDED_TWO_STAGE);
        PlsResult repeated = estimate(HigherOrderMethod.REPEATED_INDICATORS).firstStage();
        DataTable data = DATA.withColumn("QUAL", repeated.scores().column("QUAL"))
                .withColumn("VAL", repeated.scores().column("VAL"));
        PathModelBuilder b = PathModel.builder();
        for (String c : List.of("IMAG", "EXPE", "SAT", "LOY")) {
            b.construct(c).block(OuterMode.A, BankData.indicators(c));
        }
        b.construct("QV").modeA("QUAL", "VAL");
        PlsResult plain = PlsEstimator.withDefaults().estimate(hocPaths(b).build(), data);
        assertSamePaths(plain, embedded);
        assertEquals(plain.outerWeight("QUAL"), embedded.measurement("QV").weight("QUAL").orElseThrow(), SAME);
        assertEquals(plain.loading("VAL"), embedded.measurement("QV").loading("VAL"), SAME);
        assertEquals(repeated.loading("qual3"), embedded.loading("qual3"), SAME, "dimension items from stage 1");
        assertEquals(plain.loading("sat2"), embedded.loading("sat2"), SAME, "other items from stage 2");
    }

    @Test
    void disjointFirstStageLinksTheDimensionsInPlaceOfQv() {
        PathModelBuilder b = lowerOrder();
        b.path("IMAG", "EXPE").path("EXPE", "QUAL").path("EXPE", "VAL").path("IMAG", "SAT").path("EXPE", "SAT")
                .path("QUAL", "SAT").path("VAL", "SAT").path("IMAG", "LOY").path("SAT", "LOY");
        PlsResult plain = PlsEstimator.withDefaults().estimate(b.build(), DATA);
        PlsResult first = estimate(HigherOrderMethod.DISJOINT_TWO_STAGE).firstStage();
        assertEquals(plain.model().paths().size(), first.model().paths().size());
        for (StructuralPath p : plain.model().paths()) {
            assertEquals(plain.pathCoefficient(p.from(), p.to()), first.pathCoefficient(p.from(), p.to()), SAME, p.toString());
        }
    }

    @Test
    void theThreeMethodsAgreeOnTheMeasurementOfTheOtherConstructsButNotOnTheirPaths() {
        HigherOrderResult ri = estimate(HigherOrderMethod.REPEATED_INDICATORS);
        HigherOrderResult embedded = estimate(HigherOrderMethod.EMBEDDED_TWO_STAGE);
        HigherOrderResult disjoint = estimate(HigherOrderMethod.DISJOINT_TWO_STAGE);
        // loose plausibility of similar results (Sarstedt et al. 2019): same signs, within 0.1
        for (StructuralPath p : HocModels.qv().paths()) {
            double d = disjoint.pathCoefficient(p.from(), p.to());
            assertEquals(d, embedded.pathCoefficient(p.from(), p.to()), 0.1, p.toString());
        }
        // repeated indicators with a Mode B (formative) HOC: QUAL and VAL, its predecessors,
        // explain it almost entirely, so the path from EXPE into it shrinks towards zero
        // (Becker et al. 2012), unlike the two-stage estimate
        HigherOrderResult riB = new HigherOrderEstimator(HigherOrderSettings.defaults()
                .withMethod(HigherOrderMethod.REPEATED_INDICATORS)).estimate(HocModels.qvModeB(), DATA);
        HigherOrderResult disjointB = HigherOrderEstimator.withDefaults().estimate(HocModels.qvModeB(), DATA);
        double shrunk = riB.pathCoefficient("EXPE", "QV");
        double twoStage = disjointB.pathCoefficient("EXPE", "QV");
        assertTrue(Math.abs(shrunk) < 0.2 && twoStage > 0.6, shrunk + " vs " + twoStage);
        assertFalse(ri.rSquared("QUAL").isPresent(), "a dimension has no R2 in the model's structural model");
    }

    static HigherOrderResult estimate(HigherOrderMethod method) {
        return new HigherOrderEstimator(HigherOrderSettings.defaults().withMethod(method)).estimate(HocModels.qv(), DATA);
    }

    static PathModelBuilder lowerOrder() {
        PathModelBuilder b = PathModel.builder();
        for (String c : BankData.CONSTRUCTS) {
            b.construct(c).block(OuterMode.A, BankData.indicators(c));
        }
        return b;
    }

    static PathModelBuilder hocPaths(PathModelBuilder b) {
        return b.path("IMAG", "EXPE").path("EXPE", "QV").path("IMAG", "SAT").path("EXPE", "SAT").path("QV", "SAT")
                .path("IMAG", "LOY").path("SAT", "LOY");
    }

    static void assertSamePaths(PlsResult plain, HigherOrderResult hoc) {
        for (StructuralPath p : HocModels.qv().paths()) {
            assertEquals(plain.pathCoefficient(p.from(), p.to()), hoc.pathCoefficient(p.from(), p.to()), SAME, p.toString());
        }
        for (String c : List.of("EXPE", "QV", "SAT", "LOY")) {
            assertEquals(plain.rSquared(c).orElseThrow(), hoc.rSquared(c).orElseThrow(), SAME, "R2 " + c);
        }
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
