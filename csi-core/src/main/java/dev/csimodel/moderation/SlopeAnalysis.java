package dev.csimodel.moderation;

import dev.csimodel.Arguments;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.data.DataTable;
import dev.csimodel.spec.InteractionPath;
import dev.csimodel.spec.InteractionTerm;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Simple slopes (Aiken and West 1991) and the floodlight / Johnson-Neyman analysis (Spiller et
 * al. 2013) of every interaction path of a model, with bootstrap intervals:
 * {@code new SlopeAnalysis(moderationEstimator, SlopeSettings.defaults()).run(model, data)}.
 *
 * <p>The model is estimated by the {@link ModerationEstimator}; the resamples are drawn by
 * {@link Bootstrap} from the augmented data ({@link ModerationProblem#data()}), i.e. with the
 * interaction indicators as formed on the full sample: the products' standardisation and, for the
 * two-stage approach, the stage-1 weights are held fixed across resamples (the interaction's own
 * indicators are resampled with the rows, their construction is not repeated). Immutable.
 */
public final class SlopeAnalysis {

    private final ModerationEstimator estimator;
    private final SlopeSettings settings;

    /**
     * @param estimator estimates the model (method, PLS settings)
     * @param settings  bootstrap and floodlight settings
     */
    public SlopeAnalysis(ModerationEstimator estimator, SlopeSettings settings) {
        Arguments.requireNonNull(estimator, "estimator");
        Arguments.requireNonNull(settings, "settings");
        this.estimator = estimator;
        this.settings = settings;
    }

    /** @return the settings */
    public SlopeSettings settings() {
        return settings;
    }

    /**
     * @param model a model with interaction terms
     * @param data  complete data
     * @throws dev.csimodel.CsiEstimationException if too few resamples can be estimated
     * @return the simple slopes, floodlight and Johnson-Neyman points of every interaction term
     */
    public SlopeAnalysisResult run(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        ModerationResult fit = estimator.estimate(model, data);
        ModerationProblem problem = fit.problem();
        List<SlopeStatistic.Target> targets = new ArrayList<>();
        for (InteractionPath p : model.interactionPaths()) {
            InteractionTerm t = ModerationProblem.termOf(model, p.term());
            targets.add(new SlopeStatistic.Target(t, p.to(), problem.interactionIndicators(t.name())));
        }
        SlopeStatistic statistic = new SlopeStatistic(targets, settings);
        BootstrapResult boot = new Bootstrap(estimator.estimator(), settings.bootstrap(), List.of(statistic))
                .run(problem.augmentedModel(), problem.data());
        List<SimpleSlopes> slopes = new ArrayList<>();
        for (SlopeStatistic.Target t : targets) {
            slopes.add(summarise(t, boot, fit));
        }
        return new SlopeAnalysisResult(fit, boot, slopes);
    }

    private SimpleSlopes summarise(SlopeStatistic.Target t, BootstrapResult boot, ModerationResult fit) {
        List<SimpleSlope> classic = new ArrayList<>();
        for (int k = 0; k < SlopeStatistic.CLASSIC_LEVELS.length; k++) {
            classic.add(slope(SlopeStatistic.CLASSIC_LEVELS[k], boot.statistic(SlopeStatistic.name(t, k))));
        }
        List<SimpleSlope> floodlight = new ArrayList<>();
        for (int k = 0; k < settings.floodlightPoints(); k++) {
            String name = SlopeStatistic.name(t, SlopeStatistic.CLASSIC_LEVELS.length + k);
            floodlight.add(slope(settings.floodlightLevel(k), boot.statistic(name)));
        }
        double change = t.factor() * fit.interactionEffect(t.term().name(), t.target()).seminrCoefficient();
        return new SimpleSlopes(t.term(), t.target(), boot.path(t.term().name(), t.target()), change,
                classic.get(0), classic.get(1), classic.get(2), floodlight, JohnsonNeyman.boundaries(floodlight));
    }

    private SimpleSlope slope(double level, BootstrapEstimate e) {
        Optional<Interval> interval = e.findInterval(settings.intervalMethod());
        return new SimpleSlope(level, e.original(), e.stdError(), interval);
    }
}
