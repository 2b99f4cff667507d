package dev.csimodel.result;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.reference.BankData;
import dev.csimodel.reference.ReferenceTable;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admissibility diagnostics and strict mode. */
class DiagnosticsTest {

    static DataTable bank;

    @BeforeAll
    static void load() {
        bank = BankData.table();
    }

    @Test
    void theBankModelInModeAIsAdmissible() {
        PlsResult r = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), bank);
        assertEquals(List.of(), r.diagnostics());
        assertSame(r, Diagnostics.requireAdmissible(r));
    }

    @Test
    void negativeModeBWeightsAreReportedPerIndicator() {
        PlsResult r = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.B), bank);
        // Expected: the indicators with a negative weight in plspm's Mode B reference.
        ReferenceTable ref = ReferenceTable.load("/satisfaction/reference/plspm/plspm_sat_modeB_outer.csv");
        Set<List<String>> expected = new HashSet<>();
        for (int i = 0; i < ref.rowCount(); i++) {
            if (ref.number(i, 2) < 0) {
                expected.add(List.of(ref.cell(i, 1), ref.cell(i, 0)));
            }
        }
        assertTrue(expected.contains(List.of("IMAG", "imag1")));
        Set<List<String>> actual = new HashSet<>();
        for (Diagnostic d : Diagnostics.ofKind(r, DiagnosticKind.NEGATIVE_WEIGHT)) {
            actual.add(List.of(d.constructs().get(0), d.indicators().get(0)));
            assertEquals(r.outerWeight(d.indicators().get(0)), d.value(), 0.0);
            assertTrue(d.message().contains("'" + d.indicators().get(0) + "'"), d.message());
        }
        assertEquals(expected, actual);
        // A negative weight is a warning: admissible, but not free of diagnostics.
        assertSame(r, Diagnostics.requireAdmissible(r));
        CsiEstimationException e = assertThrows(CsiEstimationException.class, () -> Diagnostics.requireNoDiagnostics(r));
        assertTrue(e.getMessage().contains("NEGATIVE_WEIGHT: indicator 'imag1' of construct 'IMAG'"), e.getMessage());
    }

    @Test
    void nonConvergenceIsADiagnosticAndStrictModeThrows() {
        PlsResult r = new PlsEstimator(PlsSettings.defaults().withMaxIterations(1))
                .estimate(BankData.model(OuterMode.A), bank);
        List<Diagnostic> d = Diagnostics.ofKind(r, DiagnosticKind.NOT_CONVERGED);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("did not converge in 1 iterations"), d.get(0).message());
        CsiEstimationException e = assertThrows(CsiEstimationException.class, () -> Diagnostics.requireAdmissible(r));
        assertTrue(e.getMessage().contains("NOT_CONVERGED"), e.getMessage());
    }

    @Test
    void loadingsAndCorrelationsAboveOneAreReported() {
        // A result assembled with weights three times too large: composite variance 9, so every
        // "loading" r(x, Xw) · 3 and every construct "correlation" is inflated ninefold.
        PathModel model = BankData.model(OuterMode.A);
        PlsResult fit = PlsEstimator.withDefaults().estimate(model, bank);
        double[] w = model.indicators().stream().mapToDouble(i -> 3 * fit.outerWeight(i)).toArray();
        Moments m = Moments.of(bank, model.indicators());
        PlsResult bad = new PlsResult(model, fit.settings(), m, w, fit.convergence(), null);
        assertEquals(model.indicators().size(), Diagnostics.ofKind(bad, DiagnosticKind.LOADING_BEYOND_ONE).size());
        Diagnostic first = Diagnostics.ofKind(bad, DiagnosticKind.LOADING_BEYOND_ONE).get(0);
        assertEquals(List.of("IMAG"), first.constructs());
        assertEquals(List.of("imag1"), first.indicators());
        assertEquals(3 * fit.loading("imag1"), first.value(), 1e-12);
        assertTrue(first.message().contains("indicator 'imag1' of construct 'IMAG' has loading"), first.message());
        // r(IMAG, EXPE) = 0.5 or so in the proper fit; nine times that exceeds 1.
        List<List<String>> pairs = Diagnostics.ofKind(bad, DiagnosticKind.CORRELATION_BEYOND_ONE).stream()
                .map(Diagnostic::constructs).toList();
        for (List<String> p : pairs) {
            assertTrue(9 * Math.abs(fit.constructCorrelation(p.get(0), p.get(1))) > 1, p.toString());
        }
        assertTrue(pairs.contains(List.of("IMAG", "EXPE")));
    }

    @Test
    void identicalConstructsMakeTheCorrelationMatrixSingular() {
        // Measurement-only model, A = {x1}, B = {x2}, C = {x3} with x2 = 2·x1 + 1: r(A, B) = 1.
        double[] x1 = bank.column("imag1");
        double[] x2 = IntStream.range(0, x1.length).mapToDouble(i -> 2 * x1[i] + 1).toArray();
        DataTable t = DataTable.ofColumns(List.of("x1", "x2", "x3"), new double[][]{x1, x2, bank.column("sat1")});
        PathModel model = PathModel.builder().construct("A").modeA("x1").construct("B").modeA("x2")
                .construct("C").modeA("x3").build();
        PlsResult r = PlsEstimator.withDefaults().estimate(model, t);
        List<Diagnostic> d = Diagnostics.ofKind(r, DiagnosticKind.NOT_POSITIVE_DEFINITE);
        assertEquals(1, d.size());
        assertEquals(List.of("A", "B"), d.get(0).constructs());
        assertThrows(CsiEstimationException.class, () -> Diagnostics.requireAdmissible(r));
    }

    @Test
    void fewObservationsPerParameterFollowTheTenTimesRule() {
        // 30 rows: SAT has 4 predictors (needs 40); VAL and LOY have 2 (need 20), EXPE and QUAL 1.
        DataTable small = bank.rows(IntStream.range(0, 30).toArray());
        PlsResult r = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), small);
        List<Diagnostic> d = Diagnostics.ofKind(r, DiagnosticKind.FEW_OBSERVATIONS);
        assertEquals(1, d.size());
        assertEquals(List.of("SAT"), d.get(0).constructs());
        assertEquals(30, d.get(0).value(), 0.0);
        assertTrue(d.get(0).message().contains("at least 40"), d.get(0).message());
    }

    @Test
    void singularModeBBlockNamesTheCollinearIndicators() {
        double[] a = bank.column("imag1");
        double[] b = bank.column("imag2");
        double[] sum = IntStream.range(0, a.length).mapToDouble(i -> a[i] + b[i]).toArray();
        DataTable t = bank.withColumn("imag_sum", sum);
        List<String> imag = new ArrayList<>(BankData.indicators("IMAG"));
        imag.add("imag_sum");
        PathModel model = BankData.model(OuterMode.A).toBuilder().removeConstruct("IMAG")
                .construct("IMAG").block(OuterMode.B, imag)
                .path("IMAG", "EXPE").path("IMAG", "SAT").path("IMAG", "LOY").build();
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> PlsEstimator.withDefaults().estimate(model, t));
        assertTrue(e.getMessage().contains("Mode B block of construct 'IMAG' is singular: indicator 'imag_sum' is a "
                        + "linear combination of [imag1, imag2]"),
                e.getMessage());
    }
}
