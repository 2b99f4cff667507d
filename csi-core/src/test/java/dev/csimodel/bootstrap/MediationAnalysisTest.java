package dev.csimodel.bootstrap;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.SpecificIndirectEffect;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Specific indirect effects as bootstrap statistics, and the Zhao, Lynch and Chen (2010) types. */
class MediationAnalysisTest {

    static final int RESAMPLES = 300;
    /** A replicate is the product of the resample's coefficients: rounding only. */
    static final double PRODUCT_TOL = 1e-14;

    static PathModel model;
    static BootstrapResult boot;

    @BeforeAll
    static void run() {
        model = BankData.model(OuterMode.A);
        boot = run(2);
    }

    static BootstrapResult run(int threads) {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(11).withThreads(threads);
        return new Bootstrap(PlsEstimator.withDefaults(), s).run(model, BankData.table());
    }

    @Test
    void everyRouteIsAStatisticInDeclarationOrder() {
        List<StatisticKey> keys = boot.keys().stream()
                .filter(k -> k.kind() == StatisticKind.SPECIFIC_INDIRECT).toList();
        List<SpecificIndirectEffect> effects = boot.original().specificIndirectEffects();
        assertEquals(effects.size(), keys.size());
        for (int i = 0; i < keys.size(); i++) {
            SpecificIndirectEffect e = effects.get(i);
            assertEquals(StatisticKey.specificIndirect(e.from(), e.through(), e.to()), keys.get(i));
            assertEquals(e.estimate(), boot.estimate(keys.get(i)).original(), 0.0);
        }
        assertEquals("specific indirect IMAG -> EXPE -> QUAL -> SAT",
                StatisticKey.specificIndirect("IMAG", List.of("EXPE", "QUAL"), "SAT").toString());
    }

    @Test
    void replicatesAreProductsOfTheResamplesPathCoefficients() {
        double[] a = boot.replicates(StatisticKey.path("IMAG", "EXPE"));
        double[] b = boot.replicates(StatisticKey.path("EXPE", "QUAL"));
        double[] c = boot.replicates(StatisticKey.path("QUAL", "SAT"));
        double[] abc = boot.replicates(StatisticKey.specificIndirect("IMAG", List.of("EXPE", "QUAL"), "SAT"));
        for (int k = 0; k < a.length; k++) {
            assertEquals(a[k] * b[k] * c[k], abc[k], PRODUCT_TOL);
        }
    }

    @Test
    void oneTwoAndFourThreadsGiveIdenticalMediationResults() {
        BootstrapResult one = run(1);
        BootstrapResult four = run(4);
        List<MediationEffect> m1 = MediationAnalysis.of(one, IntervalMethod.BCA);
        List<MediationEffect> m2 = MediationAnalysis.of(boot, IntervalMethod.BCA);
        List<MediationEffect> m4 = MediationAnalysis.of(four, IntervalMethod.BCA);
        assertEquals(m1, m2);
        assertEquals(m1, m4);
        for (MediationEffect e : m1) {
            StatisticKey key = StatisticKey.specificIndirect(e.from(), e.through(), e.to());
            assertArrayEquals(one.replicates(key), four.replicates(key), 0.0, key.toString());
        }
    }

    @Test
    void typesFollowTheIntervalsAndSigns() {
        for (MediationEffect e : MediationAnalysis.of(boot, IntervalMethod.PERCENTILE)) {
            Interval i = e.indirect().percentile();
            boolean indirect = i.lower() > 0 || i.upper() < 0;
            boolean direct = e.direct().map(d -> d.percentile().lower() > 0 || d.percentile().upper() < 0).orElse(false);
            boolean same = e.direct().map(d -> d.original() * e.indirect().original() > 0).orElse(false);
            assertEquals(MediationType.classify(indirect, direct, same), e.type().orElseThrow(), e.label());
            assertEquals(model.hasPath(e.from(), e.to()), e.direct().isPresent(), e.label());
        }
    }

    @Test
    void bankModelTypes() {
        // IMAG -> EXPE -> QUAL -> VAL -> SAT: seminr's 95% interval [0.115, 0.255] excludes 0 and
        // the direct IMAG -> SAT (0.186, t about 3) is significant with the same sign
        assertEquals(MediationType.COMPLEMENTARY, type("IMAG", List.of("EXPE", "QUAL", "VAL"), "SAT"));
        // EXPE -> QUAL -> VAL -> SAT -> LOY [0.084, 0.233]; the model has no EXPE -> LOY path
        assertEquals(MediationType.INDIRECT_ONLY, type("EXPE", List.of("QUAL", "VAL", "SAT"), "LOY"));
        // EXPE -> SAT -> LOY: [-0.061, 0.067] in seminr, and no direct path
        assertEquals(MediationType.NO_EFFECT, type("EXPE", List.of("SAT"), "LOY"));
        // IMAG -> EXPE -> SAT: [-0.072, 0.081]; IMAG -> SAT significant
        assertEquals(MediationType.DIRECT_ONLY, type("IMAG", List.of("EXPE"), "SAT"));
    }

    static MediationType type(String from, List<String> through, String to) {
        return MediationAnalysis.of(boot, from, through, to, IntervalMethod.PERCENTILE).type().orElseThrow();
    }

    @Test
    void classificationTable() {
        assertEquals(MediationType.COMPLEMENTARY, MediationType.classify(true, true, true));
        assertEquals(MediationType.COMPETITIVE, MediationType.classify(true, true, false));
        assertEquals(MediationType.INDIRECT_ONLY, MediationType.classify(true, false, true));
        assertEquals(MediationType.INDIRECT_ONLY, MediationType.classify(true, false, false));
        assertEquals(MediationType.DIRECT_ONLY, MediationType.classify(false, true, true));
        assertEquals(MediationType.NO_EFFECT, MediationType.classify(false, false, false));
    }

    @Test
    void competitiveWhenTheDirectPathHasTheOtherSign() {
        // Population: X -> M (+0.6), M -> Y (+0.6), X -> Y (-0.5): indirect +0.36, direct -0.5
        PathModel m = CompositePopulation.model(true);
        var data = CompositePopulation.sample(CompositePopulation.sigma(0.6, 0.6, -0.5), 400, 5);
        BootstrapResult r = new Bootstrap(PlsEstimator.withDefaults(), BootstrapSettings.defaults().withResamples(200)
                .withSeed(3).withThreads(2).withIntervals(IntervalMethod.PERCENTILE)).run(m, data);
        MediationEffect e = MediationAnalysis.of(r, "X", List.of("M"), "Y", IntervalMethod.PERCENTILE);
        assertEquals(MediationType.COMPETITIVE, e.type().orElseThrow());
    }

    @Test
    void anIntervalNotComputedOrARouteNotInTheModelIsRejected() {
        BootstrapResult percentileOnly = new Bootstrap(PlsEstimator.withDefaults(), BootstrapSettings.defaults()
                .withResamples(20).withSeed(1).withThreads(1).withIntervals(IntervalMethod.PERCENTILE))
                .run(model, BankData.table());
        assertThrows(CsiSpecificationException.class, () -> MediationAnalysis.of(percentileOnly, IntervalMethod.BCA));
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> MediationAnalysis.of(boot, "IMAG", List.of("QUAL"), "SAT", IntervalMethod.PERCENTILE));
        assertTrue(e.getMessage().contains("IMAG -> QUAL -> SAT"), e.getMessage());
    }
}
