package dev.csimodel.result;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Collinearity on the bank data (issue #10 item 7): judged on the condition ratio of the
 * correlation matrix, so that copies of real survey columns (whose correlations round to 1 − 1e-16
 * and not to 1) are caught as surely as exact Gaussian ones.
 */
class CollinearityTest {

    private final DataTable bank = BankData.table();

    private DataTable withColumn(String name, double[] values) {
        return bank.withColumn(name, values);
    }

    private double[] sum(String a, String b) {
        double[] x = bank.column(a);
        double[] y = bank.column(b);
        return IntStream.range(0, x.length).mapToDouble(i -> x[i] + 2 * y[i]).toArray();
    }

    /** A single-item construct A on {@code a}, B on {@code b}, both predicting SAT. */
    private static PathModel twins(String a, String b) {
        return PathModel.builder().construct("A").modeA(a).construct("B").modeA(b)
                .construct("SAT").block(OuterMode.A, BankData.indicators("SAT")).path("A", "SAT").path("B", "SAT").build();
    }

    @Test
    void duplicatedIndicatorInTwoSingleItemConstructsIsRejected() {
        DataTable t = withColumn("imag1copy", bank.column("imag1"));
        for (InnerScheme scheme : InnerScheme.values()) {
            CsiEstimationException e = assertThrows(CsiEstimationException.class,
                    () -> new PlsEstimator(PlsSettings.defaults().withScheme(scheme)).estimate(twins("imag1", "imag1copy"), t),
                    scheme.name());
            assertTrue(e.getMessage().contains("construct 'SAT' are perfectly collinear: [A, B]"), e.getMessage());
        }
    }

    @Test
    void exactLinearCombinationOfPredictorsIsRejectedNamingThem() {
        DataTable t = withColumn("mix", sum("imag1", "expe1"));
        PathModel m = PathModel.builder().construct("A").modeA("imag1").construct("B").modeA("expe1")
                .construct("C").modeA("mix").construct("D").modeA("qual1")
                .construct("SAT").block(OuterMode.A, BankData.indicators("SAT"))
                .path("A", "SAT").path("B", "SAT").path("C", "SAT").path("D", "SAT").build();
        CsiEstimationException e = assertThrows(CsiEstimationException.class, () -> PlsEstimator.withDefaults().estimate(m, t));
        assertTrue(e.getMessage().contains("construct 'SAT' are perfectly collinear: [A, B, C]"), e.getMessage());
    }

    @Test
    void nearCollinearPredictorsGetAWarning() {
        // imag1 plus noise of 1% of its SD: correlation about 0.99995, condition ratio ~5e-5.
        double[] x = bank.column("imag1");
        double sd = java.util.Arrays.stream(x).map(v -> v - java.util.Arrays.stream(x).average().orElseThrow())
                .map(v -> v * v).sum() / x.length;
        Random rnd = new Random(7);
        double[] near = java.util.Arrays.stream(x).map(v -> v + 0.01 * Math.sqrt(sd) * rnd.nextGaussian()).toArray();
        PlsResult r = PlsEstimator.withDefaults().estimate(twins("imag1", "near"), withColumn("near", near));
        List<Diagnostic> d = Diagnostics.ofKind(r, DiagnosticKind.COLLINEAR_PREDICTORS);
        assertEquals(1, d.size(), r.diagnostics().toString());
        assertEquals(List.of("SAT", "A", "B"), d.get(0).constructs());
        assertTrue(d.get(0).value() < 1.0 / 900 && d.get(0).value() > 1e-10, "ratio " + d.get(0).value());
        assertFalse(d.get(0).kind().inadmissible());
        assertTrue(d.get(0).message().contains("[A, B] of construct 'SAT' are near-collinear"), d.get(0).message());
    }

    @Test
    void bankModelHasNoCollinearityDiagnostic() {
        PlsResult r = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), bank);
        assertTrue(Diagnostics.ofKind(r, DiagnosticKind.COLLINEAR_PREDICTORS).isEmpty());
        assertTrue(Diagnostics.ofKind(r, DiagnosticKind.DEPENDENT_INDICATORS).isEmpty());
        assertTrue(r.quality().indicatorVif("imag1").isPresent());
    }

    private PathModel imagWith(String extra) {
        return PathModel.builder().construct("IMAG").modeA("imag1", "imag2", "imag3", extra)
                .construct("SAT").block(OuterMode.A, BankData.indicators("SAT")).path("IMAG", "SAT").build();
    }

    @Test
    void modeABlockWithACopiedIndicatorIsEstimatedWithUndefinedVifs() {
        PlsResult r = PlsEstimator.withDefaults().estimate(imagWith("imag1copy"), withColumn("imag1copy", bank.column("imag1")));
        assertEquals(r.outerWeight("imag1"), r.outerWeight("imag1copy"), 1e-12);
        assertTrue(r.quality().indicatorVif("imag1").isEmpty());
        assertTrue(r.quality().indicatorVif("imag2").isEmpty());
        assertTrue(r.quality().indicatorVif("sat1").isPresent());
        List<Diagnostic> d = Diagnostics.ofKind(r, DiagnosticKind.DEPENDENT_INDICATORS);
        assertEquals(1, d.size());
        assertEquals(List.of("IMAG"), d.get(0).constructs());
        assertEquals(List.of("imag1", "imag1copy"), d.get(0).indicators());
        assertTrue(d.get(0).message().contains("[imag1, imag1copy] of construct 'IMAG' are exactly linearly dependent"),
                d.get(0).message());
    }

    @Test
    void modeABlockWithALinearDependencyIsEstimated() {
        PlsResult r = PlsEstimator.withDefaults().estimate(imagWith("mix"), withColumn("mix", sum("imag1", "imag2")));
        assertTrue(Double.isFinite(r.pathCoefficient("IMAG", "SAT")));
        assertTrue(r.quality().indicatorVif("mix").isEmpty());
        List<Diagnostic> d = Diagnostics.ofKind(r, DiagnosticKind.DEPENDENT_INDICATORS);
        assertEquals(List.of("imag1", "imag2", "mix"), d.get(0).indicators());
    }

    @Test
    void modeBBlockWithACopiedIndicatorKeepsItsError() {
        PathModel m = PathModel.builder().construct("IMAG").modeB("imag1", "imag2", "imag3", "imag1copy")
                .construct("SAT").block(OuterMode.A, BankData.indicators("SAT")).path("IMAG", "SAT").build();
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> PlsEstimator.withDefaults().estimate(m, withColumn("imag1copy", bank.column("imag1"))));
        assertTrue(e.getMessage().contains("Mode B block of construct 'IMAG' is singular: indicator 'imag1copy' is a "
                + "linear combination of [imag1]"), e.getMessage());
    }
}
