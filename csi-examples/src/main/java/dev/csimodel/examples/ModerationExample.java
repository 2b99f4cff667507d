package dev.csimodel.examples;

import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.moderation.InteractionEffect;
import dev.csimodel.moderation.InteractionMethod;
import dev.csimodel.moderation.ModerationEstimator;
import dev.csimodel.moderation.ModerationSettings;
import dev.csimodel.moderation.SimpleSlope;
import dev.csimodel.moderation.SimpleSlopes;
import dev.csimodel.moderation.SlopeAnalysis;
import dev.csimodel.moderation.SlopeAnalysisResult;
import dev.csimodel.moderation.SlopeSettings;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * A moderation analysis on the ECSI bank survey: does perceived value (VAL) change how strongly
 * the bank's image (IMAG) drives satisfaction? The interaction term {@code IMAG:VAL} is estimated
 * by the two-stage approach; the example prints the standardised and seminr's rescaled interaction
 * coefficient, the simple slopes of IMAG at VAL = −1 SD, mean, +1 SD with bootstrap intervals,
 * and the Johnson-Neyman points of the floodlight.
 */
public final class ModerationExample {

    /** The ECSI bank model with VAL moderating IMAG -> SAT. */
    public static final String MODEL = """
            IMAG =~ imag1 + imag2 + imag3 + imag4 + imag5
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL  =~ val1 + val2 + val3 + val4
            SAT  =~ sat1 + sat2 + sat3 + sat4
            LOY  =~ loy1 + loy2 + loy3 + loy4
            EXPE ~ IMAG
            QUAL ~ EXPE
            VAL  ~ EXPE + QUAL
            SAT  ~ IMAG + EXPE + QUAL + VAL + IMAG:VAL
            LOY  ~ IMAG + SAT
            """;

    private ModerationExample() {
    }

    public static void main(String[] args) {
        run(System.out, 2000);
    }

    public static SlopeAnalysisResult run(PrintStream out, int resamples) {
        PathModel model = ModelSyntax.parse(MODEL);
        ModerationEstimator estimator = new ModerationEstimator(PlsEstimator.withDefaults(),
                ModerationSettings.defaults().withMethod(InteractionMethod.TWO_STAGE));
        SlopeSettings settings = SlopeSettings.defaults().withBootstrap(BootstrapSettings.defaults()
                .withResamples(resamples).withSeed(20261202L).withIntervals(IntervalMethod.PERCENTILE));
        SlopeAnalysisResult result = new SlopeAnalysis(estimator, settings).run(model, BundledData.bankSatisfaction());
        InteractionEffect effect = result.moderation().interactionEffect("IMAG:VAL", "SAT");
        out.printf(Locale.ROOT, "IMAG:VAL -> SAT: standardised %.3f, seminr %.3f (scale factor %.3f), R2 SAT %.3f%n",
                effect.coefficient(), effect.seminrCoefficient(), effect.scaleFactor(),
                result.moderation().rSquared("SAT").orElseThrow());
        SimpleSlopes slopes = result.slopes("IMAG:VAL", "SAT");
        for (SimpleSlope s : List.of(slopes.low(), slopes.mean(), slopes.high())) {
            out.printf(Locale.ROOT, "IMAG -> SAT at VAL %+.0f SD: %.3f, 95%% CI [%.3f, %.3f]%n", s.level(), s.slope(),
                    s.interval().orElseThrow().lower(), s.interval().orElseThrow().upper());
        }
        out.println("Johnson-Neyman points (SD of VAL): " + slopes.johnsonNeyman().stream()
                .map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
        return result;
    }
}
