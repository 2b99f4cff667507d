package dev.csimodel.examples;

import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.bootstrap.MediationAnalysis;
import dev.csimodel.bootstrap.MediationEffect;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.spec.PathModel;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Mediation analysis of the ECSI bank model: how image (IMAG) reaches satisfaction (SAT) and
 * loyalty (LOY) through expectations, quality and value. Every specific indirect effect with its
 * bootstrap SE, 95% percentile and BCa intervals and its type after Zhao, Lynch and Chen (2010),
 * judged by the BCa intervals.
 */
public final class MediationExample {

    private MediationExample() {
    }

    public static void main(String[] args) {
        run(System.out, 2000);
    }

    /** @return the mediation analysis of the routes into SAT and LOY, as printed */
    public static List<MediationEffect> run(PrintStream out, int resamples) {
        PathModel model = BundledData.ecsiBankModel();
        BootstrapSettings settings = BootstrapSettings.defaults().withResamples(resamples).withSeed(2010L)
                .withIntervals(IntervalMethod.PERCENTILE, IntervalMethod.BCA);
        BootstrapResult boot = new Bootstrap(PlsEstimator.withDefaults(), settings)
                .run(model, BundledData.bankSatisfaction());
        List<MediationEffect> effects = MediationAnalysis.of(boot, IntervalMethod.BCA).stream()
                .filter(e -> e.to().equals("SAT") || e.to().equals("LOY")).toList();
        out.printf(Locale.ROOT, "%-38s %8s %7s   %-17s %-17s %8s  %s%n", "route", "indirect", "SE",
                "95% percentile", "95% BCa", "direct", "type");
        for (MediationEffect e : effects) {
            out.printf(Locale.ROOT, "%-38s %8.3f %7.3f   [%6.3f, %6.3f]  [%6.3f, %6.3f] %8s  %s%n", e.label(),
                    e.indirect().original(), e.indirect().stdError(),
                    e.indirect().percentile().lower(), e.indirect().percentile().upper(),
                    e.indirect().bca().lower(), e.indirect().bca().upper(),
                    e.direct().map(d -> String.format(Locale.ROOT, "%.3f", d.original())).orElse("none"),
                    e.type().map(Enum::name).orElse("n/a"));
        }
        return effects;
    }
}
