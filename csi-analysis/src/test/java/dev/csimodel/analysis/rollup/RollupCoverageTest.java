package dev.csimodel.analysis.rollup;

import dev.csimodel.bootstrap.Interval;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bootstrap intervals cover the true indices at about their nominal rate: over many samples
 * of a programme with known company means, the 90% intervals of the companies and of the nation
 * must contain the true values about 90% of the time. A company's single-item index is the mean
 * of its 30-32 answers, so the textbook interval x̄ ± 1.645 s/√n on the same samples gives the
 * coverage to expect (a little under 90%: z instead of t); the bootstrap's must be close to it.
 */
class RollupCoverageTest {

    private static final int SAMPLES = 40;
    private static final int REPLICATES = 200;
    private static final double Z90 = 1.6448536269514722;

    @Test
    void intervalsCoverTheTrueValuesAtAboutTheNominalRate() {
        Programme p = new Programme(12, 4, new double[]{0.7, 0.3}, 30);
        RollupSettings settings = RollupSettings.defaults().withMinimumSize(10).withConfidenceLevel(0.90)
                .withThreads(2);
        double trueNational = p.national(p.trueMean);
        int bootstrapHits = 0;
        int textbookHits = 0;
        int nationalHits = 0;
        for (int s = 0; s < SAMPLES; s++) {
            Programme.Sample sample = p.sample(1000 + s);
            RollupResult r = Rollup.compute(Programme.MODEL, sample.data(), sample.companies(), p.hierarchy,
                    IndicatorScales.uniform(Scale.of(0, 100)), settings.withBootstrap(REPLICATES, s));
            for (int k = 0; k < 12; k++) {
                bootstrapHits += covers(r, Level.COMPANY, Programme.company(k), p.trueMean[k]) ? 1 : 0;
                textbookHits += textbookCovers(sample, Programme.company(k), p.trueMean[k]) ? 1 : 0;
            }
            nationalHits += covers(r, Level.NATIONAL, RollupResult.NATIONAL, trueNational) ? 1 : 0;
        }
        double bootstrap = bootstrapHits / (12.0 * SAMPLES);
        double textbook = textbookHits / (12.0 * SAMPLES);
        double national = nationalHits / (double) SAMPLES;
        assertTrue(bootstrap > 0.80 && bootstrap < 0.96, "company coverage " + bootstrap);
        assertTrue(Math.abs(bootstrap - textbook) < 0.05, "bootstrap " + bootstrap + " vs textbook " + textbook);
        assertTrue(national > 0.70, "national coverage " + national);
    }

    private static boolean covers(RollupResult r, Level level, String name, double truth) {
        Interval i = r.estimate(level, name, "SAT").orElseThrow().interval().orElseThrow();
        return i.contains(truth);
    }

    private static boolean textbookCovers(Programme.Sample sample, String company, double truth) {
        double mean = sample.companyMean(company, "sat");
        double ss = 0;
        int n = 0;
        for (int r = 0; r < sample.data().rowCount(); r++) {
            if (sample.companies().get(r).equals(company)) {
                double d = sample.data().value(r, "sat") - mean;
                ss += d * d;
                n++;
            }
        }
        return Math.abs(mean - truth) < Z90 * Math.sqrt(ss / (n - 1) / n);
    }
}
