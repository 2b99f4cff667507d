package dev.csimodel.report;

import dev.csimodel.bootstrap.Interval;
import dev.csimodel.models.ipma.ImpactBootstrap;
import dev.csimodel.models.ipma.ImpactDraws;

import java.util.Optional;

import static dev.csimodel.report.ReportBuilder.number;

/**
 * Puts the percentile bootstrap intervals of the ACSI impacts ({@link ImpactBootstrap}) on the
 * drivers, indicators and priority list of an {@link IpmaEntry}. An interval the bootstrap
 * withheld (more than half of the resamples failed) stays absent.
 */
public final class ImpactIntervals {

    private ImpactIntervals() {
    }

    /**
     * @param boot the bootstrap draws of the impacts
     * @param ipma the importance-performance map entry
     * @return {@code ipma} with the impact intervals of {@code boot} ({@link ImpactBootstrap#draws}); its
     *         necessity analysis, if any, is kept
     */
    public static IpmaEntry attach(IpmaEntry ipma, ImpactDraws boot) {
        return new IpmaEntry(ipma.target(), ipma.importanceLine(), ipma.performanceLine(), ipma.impactPoints(),
                ipma.drivers().stream().map(d -> {
                    Optional<Interval> i = construct(boot, d.name());
                    return d.withImpactInterval(lower(i), upper(i));
                }).toList(),
                ipma.indicators().stream().map(x -> {
                    Optional<Interval> i = boot.indicatorInterval(x.name());
                    return x.withImpactInterval(lower(i), upper(i));
                }).toList(),
                ipma.priorities().stream().map(p -> {
                    Optional<Interval> i = construct(boot, p.name());
                    return p.withImpactInterval(lower(i), upper(i));
                }).toList(), ipma.nca(), ipma.cipma());
    }

    private static Optional<Interval> construct(ImpactDraws boot, String driver) {
        return boot.constructInterval(driver);
    }

    private static Double lower(Optional<Interval> i) {
        return i.map(x -> number(x.lower())).orElse(null);
    }

    private static Double upper(Optional<Interval> i) {
        return i.map(x -> number(x.upper())).orElse(null);
    }
}
