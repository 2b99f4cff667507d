package dev.csimodel.analysis.rollup;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.index.SegmentStrategy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rollup from one-pass company moments (Rollup.compute with CompanyMoments) against the row-based one. */
class MomentRollupTest {

    /** Moments and rows differ only in summation order. */
    private static final double ROUNDING = 1e-9;
    private static final IndicatorScales PERCENT = IndicatorScales.uniform(Scale.of(0, 100));

    private final Programme programme = new Programme(40, 8, new double[]{0.5, 0.3, 0.2}, 30);

    /** Each company's rows, each with weight {@code weight.applyAsDouble(row)} (1 for the data). */
    private static Map<String, MomentAccumulator> reduce(Programme.Sample sample, double[] weights) {
        Map<String, MomentAccumulator> out = new LinkedHashMap<>();
        for (int r = 0; r < sample.data().rowCount(); r++) {
            if (weights[r] == 0) {
                continue;
            }
            MomentAccumulator acc = out.computeIfAbsent(sample.companies().get(r),
                    k -> MomentAccumulator.of(Programme.MODEL.indicators()));
            acc.add(new double[]{sample.data().value(r, "qual"), sample.data().value(r, "sat")}, weights[r]);
        }
        return out;
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    @Test
    void everyLevelEqualsTheRowBasedRollup() {
        Programme.Sample sample = programme.sample(7);
        for (SegmentStrategy scoring : SegmentStrategy.values()) {
            RollupSettings settings = RollupSettings.defaults().withScoring(scoring);
            RollupResult rows = Rollup.compute(Programme.MODEL, sample.data(), sample.companies(),
                    programme.hierarchy, PERCENT, settings);
            RollupResult moments = Rollup.compute(Programme.MODEL,
                    CompanyMoments.of(reduce(sample, ones(sample.data().rowCount()))), programme.hierarchy,
                    PERCENT, settings);
            assertEquals(rows.indices().size(), moments.indices().size());
            for (RollupIndex i : rows.indices()) {
                assertEquals(i.value(), moments.index(i.level(), i.name(), i.construct()).orElseThrow(), ROUNDING,
                        scoring + " " + i);
            }
        }
    }

    @Test
    void smallCompanyIsExcludedWithItsReason() {
        Programme.Sample sample = programme.sample(3);
        RollupSettings settings = RollupSettings.defaults().withMinimumSize(31);
        RollupResult rows = Rollup.compute(Programme.MODEL, sample.data(), sample.companies(),
                programme.hierarchy, PERCENT, settings);
        RollupResult moments = Rollup.compute(Programme.MODEL,
                CompanyMoments.of(reduce(sample, ones(sample.data().rowCount()))), programme.hierarchy, PERCENT,
                settings);
        assertEquals(rows.exclusions(), moments.exclusions());
        assertTrue(moments.exclusions().get(0).reason().contains("fewer respondents (30)"),
                moments.exclusions().get(0).reason());
        assertEquals(rows.national("SAT").orElseThrow(), moments.national("SAT").orElseThrow(), ROUNDING);
    }

    @Test
    void poissonReplicatesGiveThePercentilesOfTheHandComputedNationalIndex() {
        Programme.Sample sample = programme.sample(5);
        int n = sample.data().rowCount();
        SplittableRandom random = new SplittableRandom(9);
        List<Map<String, MomentAccumulator>> replicates = new ArrayList<>();
        double[] national = new double[60];
        for (int b = 0; b < national.length; b++) {
            double[] w = new double[n];
            for (int r = 0; r < n; r++) {
                w[r] = poisson(random);
            }
            replicates.add(reduce(sample, w));
            national[b] = programme.national(weightedCompanySat(sample, w));
        }
        RollupSettings settings = RollupSettings.defaults().withBootstrap(national.length, 1);
        RollupResult r = Rollup.compute(Programme.MODEL,
                new CompanyMoments(reduce(sample, ones(n)), replicates), programme.hierarchy, PERCENT, settings);
        Interval expected = Interval.percentile(national, 0.95);
        Interval got = r.estimate(Level.NATIONAL, RollupResult.NATIONAL, "SAT").orElseThrow().interval().orElseThrow();
        assertEquals(expected.lower(), got.lower(), ROUNDING);
        assertEquals(expected.upper(), got.upper(), ROUNDING);
        assertEquals(0, r.failedReplicates());
    }

    /** With one item per block the company index is its weighted mean of sat (0-100 scale). */
    private double[] weightedCompanySat(Programme.Sample sample, double[] w) {
        double[] sum = new double[40];
        double[] weight = new double[40];
        for (int r = 0; r < w.length; r++) {
            int k = Integer.parseInt(sample.companies().get(r).substring(1));
            sum[k] += w[r] * sample.data().value(r, "sat");
            weight[k] += w[r];
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= weight[k];
        }
        return sum;
    }

    /** Knuth's multiplication method for Poisson(1). */
    private static int poisson(SplittableRandom random) {
        double limit = Math.exp(-1);
        double p = 1;
        int k = -1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k;
    }

    @Test
    void badSamplesAreNamed() {
        Programme.Sample sample = programme.sample(2);
        Map<String, MomentAccumulator> companies = reduce(sample, ones(sample.data().rowCount()));
        assertThrows(CsiSpecificationException.class, () -> Rollup.compute(Programme.MODEL,
                CompanyMoments.of(companies), programme.hierarchy, PERCENT,
                RollupSettings.defaults().withBootstrap(10, 1)));
        companies.put("Nobody Ltd", companies.get("C0"));
        CsiDataException e = assertThrows(CsiDataException.class, () -> Rollup.compute(Programme.MODEL,
                CompanyMoments.of(companies), programme.hierarchy, PERCENT, RollupSettings.defaults()));
        assertTrue(e.getMessage().contains("company 'Nobody Ltd'"), e.getMessage());
    }
}
