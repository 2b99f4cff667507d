package dev.csimodel.bootstrap;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * HTMT inference from a bootstrap run (Franke and Sarstedt 2019): the one-sided upper percentile
 * bound of every bootstrapped HTMT, see {@link HtmtTest}. Stateless.
 */
public final class HtmtInference {

    /** The default one-sided level, 95% (Franke and Sarstedt 2019). */
    public static final double DEFAULT_LEVEL = 0.95;

    private HtmtInference() {
    }

    /**
     * @return {@link #of(BootstrapResult, double)} at the one-sided level 0.95
     * @param boot a bootstrap run; its HTMT statistics are tested
     */
    public static List<HtmtTest> of(BootstrapResult boot) {
        return of(boot, DEFAULT_LEVEL);
    }

    /**
     * @param level the one-sided level 1 − α, strictly between 0 and 1
     * @return one test per bootstrapped HTMT (pairs of multi-indicator constructs in model order)
     * @throws CsiSpecificationException if {@code level} is out of range
     * @param boot a bootstrap run; its HTMT statistics are tested
     */
    public static List<HtmtTest> of(BootstrapResult boot, double level) {
        Arguments.requireNonNull(boot, "boot");
        if (!(level > 0 && level < 1)) {
            throw new CsiSpecificationException("the HTMT inference level must lie strictly between 0 and 1, got "
                    + level);
        }
        List<HtmtTest> out = new ArrayList<>();
        for (StatisticKey key : boot.keys()) {
            if (key.kind() == StatisticKind.HTMT) {
                BootstrapEstimate e = boot.estimate(key);
                OptionalDouble upper = OptionalDouble.empty();
                if (!e.intervalsWithheld()) {
                    double[] sorted = boot.replicates(key);
                    Arrays.sort(sorted);
                    upper = OptionalDouble.of(EstimateCalculator.quantile(sorted, level));
                }
                out.add(new HtmtTest(key.first(), key.second(), e.original(), level, upper));
            }
        }
        return List.copyOf(out);
    }
}
