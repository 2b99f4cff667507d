package dev.csimodel.reference;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.Effect;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.SpecificIndirectEffect;
import dev.csimodel.spec.OuterMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Specific indirect effects against R seminr 2.3.4 ({@code seminr_sat_specific_indirect.csv},
 * see ORIGIN.md): point estimates to 1e-6, order of the routes of each pair, and the bootstrap
 * SD and percentile bounds loosely (seminr's resampling streams are not ours).
 */
class SpecificIndirectReferenceTest {

    /** Point estimates vs seminr. */
    static final double TOL = 1e-6;
    /** Specific effects of a pair add up to its indirect effect: exact algebra, rounding only. */
    static final double SUM_TOL = 1e-12;
    /**
     * Bootstrap SD vs seminr's 2000 resamples: with 2000 of ours the Monte Carlo error of each SD
     * is about 1/sqrt(2·2000) = 1.6% relative; 15% relative leaves room for the different draws.
     */
    static final double SD_RELATIVE_TOL = 0.15;
    /** Percentile bounds: within 0.35 seminr bootstrap SDs of seminr's. */
    static final double BOUND_TOL_IN_SD = 0.35;

    static PlsResult fit;
    static ReferenceTable ref;

    @BeforeAll
    static void load() {
        fit = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), BankData.table());
        ref = ReferenceTable.load("/satisfaction/reference/seminr/seminr_sat_specific_indirect.csv");
    }

    static List<String> through(int row) {
        return Arrays.asList(ref.cell(row, 1).split(">"));
    }

    @Test
    void pointEstimatesMatchSeminr() {
        for (int row = 0; row < ref.rowCount(); row++) {
            SpecificIndirectEffect e = fit.specificIndirect(ref.cell(row, 0), through(row), ref.cell(row, 2));
            assertEquals(ref.number(row, 3), e.estimate(), TOL, e.label());
        }
    }

    @Test
    void routesOfEachPairComeInSeminrsOrder() {
        for (String[] pair : new String[][]{{"IMAG", "SAT"}, {"IMAG", "LOY"}, {"EXPE", "LOY"}}) {
            List<List<String>> expected = new ArrayList<>();
            for (int row = 0; row < ref.rowCount(); row++) {
                if (ref.cell(row, 0).equals(pair[0]) && ref.cell(row, 2).equals(pair[1])) {
                    expected.add(through(row));
                }
            }
            List<List<String>> actual = fit.specificIndirectEffects().stream()
                    .filter(e -> e.from().equals(pair[0]) && e.to().equals(pair[1]))
                    .map(SpecificIndirectEffect::through).toList();
            assertEquals(expected, actual, pair[0] + " -> " + pair[1]);
        }
    }

    @Test
    void specificEffectsOfEveryPairAddUpToItsIndirectEffect() {
        for (Effect e : fit.effects()) {
            double sum = fit.specificIndirectEffects().stream()
                    .filter(s -> s.from().equals(e.from()) && s.to().equals(e.to()))
                    .mapToDouble(SpecificIndirectEffect::estimate).sum();
            assertEquals(e.indirect(), sum, SUM_TOL, e.from() + " -> " + e.to());
        }
        // 1 (IMAG-QUAL) + 2 (IMAG-VAL) + 4 + 5 + 1 (EXPE-VAL) + 3 (EXPE-SAT) + 4 + 1 (QUAL-SAT) + 2 (QUAL-LOY) + 1 (VAL-LOY)
        assertEquals(24, fit.specificIndirectEffects().size());
        assertEquals(24, fit.mediatedRouteCount());
    }

    @Test
    void aRouteMissingAPathOrAMediatorIsRejectedByName() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> fit.specificIndirect("IMAG", List.of("QUAL"), "SAT"));
        assertEquals(true, e.getMessage().contains("IMAG -> QUAL"), e.getMessage());
        assertThrows(CsiSpecificationException.class, () -> fit.specificIndirect("IMAG", List.of(), "SAT"));
        assertThrows(CsiSpecificationException.class, () -> fit.specificIndirect("IMAG", List.of("NOPE"), "SAT"));
    }

    @Test
    void bootstrapSdAndPercentileBoundsAgreeLooselyWithSeminr() {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(2000).withSeed(123)
                .withIntervals(IntervalMethod.PERCENTILE);
        BootstrapResult boot = new Bootstrap(PlsEstimator.withDefaults(), s).run(BankData.model(OuterMode.A),
                BankData.table());
        for (int row = 0; row < ref.rowCount(); row++) {
            BootstrapEstimate e = boot.specificIndirect(ref.cell(row, 0), through(row), ref.cell(row, 2));
            double sd = ref.number(row, 4);
            assertEquals(ref.number(row, 3), e.original(), TOL);
            assertEquals(sd, e.stdError(), SD_RELATIVE_TOL * sd, e.key().toString());
            assertEquals(ref.number(row, 5), e.percentile().lower(), BOUND_TOL_IN_SD * sd, e.key() + " lower");
            assertEquals(ref.number(row, 6), e.percentile().upper(), BOUND_TOL_IN_SD * sd, e.key() + " upper");
        }
    }
}
