package dev.csimodel.analysis.waves;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Waves simulated with a known index: single-item constructs on 0-100, so a wave's SAT index is
 * the mean of its {@code sat} answers (weight 1), and the change between waves the difference of
 * two means, computed here by hand.
 */
class WaveAnalysisTest {

    private static final double EXACT = 1e-9;
    private static final PathModel MODEL = ModelSyntax.parse("QUAL =~ qual\nSAT =~ sat\nSAT ~ QUAL\n");
    private static final IndicatorScales PERCENT = IndicatorScales.uniform(Scale.of(0, 100));

    /** Wave w's answers: uniform within ±15 of its mean, qual = sat ± 10. */
    private record Survey(DataTable data, List<String> waves) {

        static Survey of(long seed, int n, double... means) {
            SplittableRandom random = new SplittableRandom(seed);
            List<double[]> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int w = 0; w < means.length; w++) {
                for (int i = 0; i < n; i++) {
                    double sat = means[w] + random.nextDouble(-15, 15);
                    rows.add(new double[]{sat + random.nextDouble(-10, 10), sat});
                    labels.add("W" + w);
                }
            }
            return new Survey(DataTable.ofRows(List.of("qual", "sat"), rows.toArray(double[][]::new)), labels);
        }

        double mean(String wave) {
            double s = 0;
            int n = 0;
            for (int r = 0; r < data.rowCount(); r++) {
                if (waves.get(r).equals(wave)) {
                    s += data.value(r, "sat");
                    n++;
                }
            }
            return s / n;
        }
    }

    private static WaveResult run(Survey s, WaveSettings settings, String... order) {
        return WaveAnalysis.run(MODEL, s.data(), s.waves(), List.of(order), PERCENT, settings);
    }

    @Test
    void knownShiftIsFoundWithTheHandComputedChange() {
        Survey s = Survey.of(3, 150, 50, 56);
        WaveResult r = run(s, WaveSettings.defaults().withPermutations(199).withReplicates(199), "W0", "W1");
        IndexChange sat = r.change("W1", "SAT").orElseThrow();
        assertEquals(s.mean("W1") - s.mean("W0"), sat.change(), EXACT);
        assertEquals(s.mean("W0"), sat.before(), EXACT);
        assertTrue(sat.significant(), sat.toString());
        assertEquals(1.0 / 200, sat.pValue().orElseThrow(), 1e-12);   // no permutation is as extreme
        assertTrue(sat.interval().orElseThrow().contains(6.0), sat.toString());
        assertFalse(sat.interval().orElseThrow().contains(0.0), sat.toString());
        assertEquals(2, r.waves().size());
        assertEquals("W0", r.paths().get(0).from());
        assertTrue(r.paths().get(0).comparison().micom().partialInvariance("SAT"));
    }

    /** Under no change the permutation p-values are uniform: about 5% below 0.05, half below 0.5. */
    @Test
    void eachWaveIndexHasABootstrapIntervalOfTheHandComputedWidth() {
        Survey s = Survey.of(5, 150, 50, 56);
        WaveResult r = run(s, WaveSettings.defaults().withPermutations(19).withReplicates(400), "W0", "W1");
        for (String w : List.of("W0", "W1")) {
            var ci = r.indexInterval(w, "SAT").orElseThrow();
            assertTrue(ci.contains(s.mean(w)), ci.toString());
            // SAT = its mean ± U(−15, 15): sd 30/√12 = 8.66, se 8.66/√150 = 0.707, 95% width 2 × 1.96 × se = 2.77
            assertEquals(2.77, ci.width(), 0.5, ci.toString());
        }
        assertTrue(r.indexInterval("W9", "SAT").isEmpty());
    }

    @Test
    void noShiftGivesUniformPValuesOverSeeds() {
        int seeds = 60;
        int below05 = 0;
        int belowHalf = 0;
        WaveSettings settings = WaveSettings.defaults().withPermutations(99).withReplicates(2);
        for (int seed = 0; seed < seeds; seed++) {
            WaveResult r = run(Survey.of(100 + seed, 40, 50, 50), settings.withSeed(seed), "W0", "W1");
            double p = r.change("W1", "SAT").orElseThrow().pValue().orElseThrow();
            below05 += p < 0.05 ? 1 : 0;
            belowHalf += p < 0.5 ? 1 : 0;
        }
        assertTrue(below05 <= 8, below05 + " of " + seeds + " below 0.05");     // binomial(60, 0.05): P(>8) < 1%
        assertTrue(belowHalf >= 18 && belowHalf <= 42, belowHalf + " of " + seeds + " below 0.5");
    }

    @Test
    void sameSeedSameResultAndThreeWavesGiveTwoSteps() {
        Survey s = Survey.of(5, 30, 40, 45, 45);
        WaveSettings settings = WaveSettings.defaults().withPermutations(29).withReplicates(29).withSeed(4);
        WaveResult a = run(s, settings, "W0", "W1", "W2");
        WaveResult b = run(s, settings, "W0", "W1", "W2");
        assertEquals(a.changes(), b.changes());
        assertEquals(List.of("W1", "W1", "W2", "W2"), a.changes().stream().map(IndexChange::to).toList());
        assertEquals(s.mean("W2") - s.mean("W1"), a.change("W2", "SAT").orElseThrow().change(), EXACT);
    }

    @Test
    void badWavesAreRefusedByName() {
        Survey s = Survey.of(1, 20, 50, 50);
        WaveSettings settings = WaveSettings.defaults().withPermutations(19).withReplicates(2);
        assertEquals("data row 21: wave 'W1' is not one of the waves [W0, W9]",
                assertThrows(CsiDataException.class, () -> run(s, settings, "W0", "W9")).getMessage());
        assertTrue(assertThrows(CsiSpecificationException.class, () -> run(s, settings, "W0")).getMessage()
                .contains("at least two waves"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> run(s, settings, "W0", "W0", "W1"))
                .getMessage().contains("listed twice"));
        List<String> labels = new ArrayList<>(s.waves());
        labels.set(0, "W2");
        assertEquals("wave 'W2' has 1 respondent(s); a wave needs at least 2 to be estimated",
                assertThrows(CsiDataException.class, () -> WaveAnalysis.run(MODEL, s.data(), labels,
                        List.of("W0", "W1", "W2"), PERCENT, settings)).getMessage());
    }
}
