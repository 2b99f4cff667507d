package dev.csimodel.examples;

import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.SignChange;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Bootstrap standard errors and confidence intervals for the paths of the ECSI bank model:
 * 2,000 resamples, seeded (the same numbers on any number of threads), percentile and BCa
 * intervals, construct-level sign correction.
 */
public final class BootstrapExample {

    private BootstrapExample() {
    }

    public static void main(String[] args) {
        run(System.out, 2000);
    }

    public static BootstrapResult run(PrintStream out, int resamples) {
        PathModel model = BundledData.ecsiBankModel();
        BootstrapSettings settings = BootstrapSettings.defaults()
                .withResamples(resamples)
                .withSeed(20261122L)
                .withSignChange(SignChange.CONSTRUCT_LEVEL);
        BootstrapResult boot = new Bootstrap(PlsEstimator.withDefaults(), settings)
                .run(model, BundledData.bankSatisfaction());
        out.printf(Locale.ROOT, "%d resamples used of %d drawn%n", boot.used(), boot.attempted());
        out.printf(Locale.ROOT, "%-13s %8s %8s %8s   %-17s %-17s%n", "path", "estimate", "boot SE", "t",
                "95% percentile", "95% BCa");
        for (StructuralPath p : model.paths()) {
            BootstrapEstimate e = boot.path(p.from(), p.to());
            out.printf(Locale.ROOT, "%-13s %8.3f %8.3f %8.2f   [%6.3f, %6.3f]  [%6.3f, %6.3f]%n",
                    p.from() + "->" + p.to(), e.original(), e.stdError(), e.tValue(),
                    e.percentile().lower(), e.percentile().upper(), e.bca().lower(), e.bca().upper());
        }
        return boot;
    }
}
