package dev.csimodel.estimate;

import dev.csimodel.data.DataTable;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Invariance tests in the manner of Tribuo's TestSLM: the same numbers whatever the order of
 * indicators, constructs and rows, and (standardised mode) whatever the unit of an indicator.
 */
class InvarianceTest {

    /** Reordering only changes the order of floating-point sums. */
    static final double TOL = 1e-10;

    static DataTable data;
    static PlsResult reference;

    @BeforeAll
    static void fit() {
        data = BankData.table();
        reference = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), data);
    }

    static void assertSame(PlsResult r) {
        for (String ind : reference.model().indicators()) {
            assertEquals(reference.outerWeight(ind), r.outerWeight(ind), TOL, "weight " + ind);
            assertEquals(reference.loading(ind), r.loading(ind), TOL, "loading " + ind);
        }
        for (var p : reference.model().paths()) {
            assertEquals(reference.pathCoefficient(p.from(), p.to()), r.pathCoefficient(p.from(), p.to()), TOL, p.toString());
        }
        for (String c : reference.model().constructNames()) {
            assertEquals(reference.rSquared(c).orElse(Double.NaN), r.rSquared(c).orElse(Double.NaN), TOL, "R2 " + c);
        }
        assertEquals(reference.iterations(), r.iterations());
    }

    @Test
    void indicatorOrderWithinBlocks() {
        Random rnd = new Random(7);
        PathModelBuilder b = PathModel.builder();
        for (String c : BankData.CONSTRUCTS) {
            List<String> inds = new ArrayList<>(BankData.indicators(c));
            Collections.shuffle(inds, rnd);
            b.construct(c).block(OuterMode.A, inds);
        }
        assertSame(PlsEstimator.withDefaults().estimate(BankData.paths(b).build(), data));
    }

    @Test
    void constructDeclarationOrder() {
        PathModelBuilder b = PathModel.builder();
        List<String> order = new ArrayList<>(List.of(BankData.CONSTRUCTS));
        Collections.reverse(order);
        for (String c : order) {
            b.construct(c).block(OuterMode.A, BankData.indicators(c));
        }
        assertSame(PlsEstimator.withDefaults().estimate(BankData.paths(b).build(), data));
    }

    @Test
    void columnOrderOfTheData() {
        List<String> cols = new ArrayList<>(data.columnNames());
        Collections.reverse(cols);
        assertSame(PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), data.select(cols)));
    }

    @Test
    void rowOrder() {
        int[] perm = new int[data.rowCount()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = perm.length - 1 - i;
        }
        PlsResult r = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), data.rows(perm));
        assertSame(r);
        assertEquals(reference.scores().value(0, "SAT"), r.scores().value(perm.length - 1, "SAT"), TOL);
    }

    @Test
    void affineRescalingOfAnIndicatorInStandardisedMode() {
        double[] sat1 = data.column("sat1");
        for (int i = 0; i < sat1.length; i++) {
            sat1[i] = 10 * sat1[i] - 3;
        }
        PlsResult r = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), data.withColumn("sat1", sat1));
        assertSame(r);
        assertEquals(reference.scores().value(17, "SAT"), r.scores().value(17, "SAT"), TOL);
    }

    @Test
    void startWeightsDoNotChangeSigns() {
        PlsSettings s = PlsSettings.defaults().withStartWeights(java.util.Map.of("imag1", -1.0, "imag2", -1.0,
                "imag3", -1.0, "imag4", -1.0, "imag5", -1.0)).withTolerance(1e-14);
        PlsResult r = new PlsEstimator(s).estimate(BankData.model(OuterMode.A), data);
        PlsResult tight = new PlsEstimator(PlsSettings.defaults().withTolerance(1e-14)).estimate(BankData.model(OuterMode.A), data);
        for (String ind : BankData.indicators("IMAG")) {
            assertEquals(tight.outerWeight(ind), r.outerWeight(ind), 1e-9, ind);
        }
        assertEquals(tight.pathCoefficient("IMAG", "SAT"), r.pathCoefficient("IMAG", "SAT"), 1e-9);
    }
}
