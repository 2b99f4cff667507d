package dev.csimodel.analysis.rollup;

import dev.csimodel.CsiDataException;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.index.SegmentStrategy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupTest {

    /** Sums of a few hundred terms in another order: agreement to rounding. */
    private static final double EXACT = 1e-9;
    private static final IndicatorScales PERCENT = IndicatorScales.uniform(Scale.of(0, 100));

    private final Programme programme = new Programme(40, 8, new double[]{0.5, 0.3, 0.2}, 30);

    private double[] companySat(Programme.Sample sample) {
        double[] v = new double[40];
        for (int k = 0; k < v.length; k++) {
            v[k] = sample.companyMean(Programme.company(k), "sat");
        }
        return v;
    }

    @Test
    void everyLevelIsTheHandComputedWeightedMean() {
        Programme.Sample sample = programme.sample(7);
        RollupResult result = Rollup.compute(Programme.MODEL, sample.data(), sample.companies(),
                programme.hierarchy, PERCENT, RollupSettings.defaults());
        double[] sat = companySat(sample);
        for (int k = 0; k < 40; k++) {
            assertEquals(sat[k], result.index(Level.COMPANY, Programme.company(k), "SAT").orElseThrow(), EXACT);
        }
        for (String industry : programme.hierarchy.industries()) {
            assertEquals(programme.industry(industry, sat), result.index(Level.INDUSTRY, industry, "SAT").orElseThrow(),
                    EXACT, industry);
        }
        for (Sector s : programme.hierarchy.sectors()) {
            assertEquals(programme.sector(s.name(), sat), result.index(Level.SECTOR, s.name(), "SAT").orElseThrow(),
                    EXACT, s.name());
        }
        assertEquals(programme.national(sat), result.national("SAT").orElseThrow(), EXACT);
        assertEquals(40 + 8 + 3 + 1, result.indices().stream().filter(i -> i.construct().equals("SAT")).count());
        assertTrue(result.exclusions().isEmpty());
        assertTrue(result.estimate(Level.NATIONAL, RollupResult.NATIONAL, "SAT").orElseThrow().interval().isEmpty());
    }

    @Test
    void separateScoringGivesTheSameSingleItemIndices() {
        Programme.Sample sample = programme.sample(8);
        RollupResult result = Rollup.compute(Programme.MODEL, sample.data(), sample.companies(),
                programme.hierarchy, PERCENT, RollupSettings.defaults().withScoring(SegmentStrategy.SEPARATE));
        assertEquals(programme.national(companySat(sample)), result.national("SAT").orElseThrow(), EXACT);
    }

    @Test
    void smallCompanyIsExcludedWithItsReasonAndTheOthersRenormalised() {
        Programme small = new Programme(6, 2, new double[]{0.6, 0.4}, 12);
        Programme.Sample sample = small.sample(3);
        RollupResult result = Rollup.compute(Programme.MODEL, sample.data(), sample.companies(), small.hierarchy,
                PERCENT, RollupSettings.defaults().withMinimumSize(13));
        // sizes 12, 13, 14, 12, 13, 14: companies C0 and C3 (industries I0 and I1) are below 13
        double[] sat = new double[6];
        for (int k = 0; k < 6; k++) {
            sat[k] = k % 3 == 0 ? Double.NaN : sample.companyMean(Programme.company(k), "sat");
        }
        assertEquals(List.of("C0", "C3"), result.exclusions().stream().map(Exclusion::name).toList());
        Exclusion c0 = result.exclusions().get(0);
        assertEquals(Level.COMPANY, c0.level());
        assertEquals(12, c0.respondents());
        assertTrue(c0.reason().contains("fewer respondents (12)"), c0.reason());
        assertTrue(result.index(Level.COMPANY, "C0", "SAT").isEmpty());
        assertEquals(small.industry("I0", sat), result.index(Level.INDUSTRY, "I0", "SAT").orElseThrow(), EXACT);
        assertEquals(small.national(sat), result.national("SAT").orElseThrow(), EXACT);
    }

    @Test
    void companyWithoutRespondentsAndEmptyIndustryAreReported() {
        Hierarchy h = Hierarchy.builder()
                .company("C0", "I0", "S0", 10).company("C1", "I0", "S0", 20).company("Ghost", "I9", "S0", 5)
                .sector("S0", 1).build();
        Programme.Sample sample = new Programme(2, 1, new double[]{1}, 30).sample(1);
        RollupResult result = Rollup.compute(Programme.MODEL, sample.data(), sample.companies(), h, PERCENT,
                RollupSettings.defaults());
        assertEquals(List.of(new Exclusion(Level.COMPANY, "Ghost", 0, "no respondents"),
                new Exclusion(Level.INDUSTRY, "I9", 0, "no company below it has an index")), result.exclusions());
    }

    @Test
    void unknownCompanyInTheDataIsNamedWithItsRow() {
        Programme.Sample sample = programme.sample(1);
        List<String> companies = new ArrayList<>(sample.companies());
        companies.set(2, "Nobody Ltd");
        CsiDataException e = assertThrows(CsiDataException.class, () -> Rollup.compute(Programme.MODEL,
                sample.data(), companies, programme.hierarchy, PERCENT, RollupSettings.defaults()));
        assertTrue(e.getMessage().startsWith("data row 3: company 'Nobody Ltd' is not in the hierarchy"),
                e.getMessage());
    }

    @Test
    void replicatesDoNotDependOnTheThreadCount() {
        Programme.Sample sample = programme.sample(5);
        RollupSettings settings = RollupSettings.defaults().withBootstrap(40, 11);
        RollupResult one = Rollup.compute(Programme.MODEL, sample.data(), sample.companies(), programme.hierarchy,
                PERCENT, settings);
        RollupResult four = Rollup.compute(Programme.MODEL, sample.data(), sample.companies(), programme.hierarchy,
                PERCENT, settings.withThreads(4));
        assertEquals(one.indices(), four.indices());
        assertEquals(0, one.failedReplicates());
        assertTrue(one.estimate(Level.SECTOR, "S1", "SAT").orElseThrow().standardError().orElseThrow() > 0);
    }
}
