package dev.csimodel.moderation;

import dev.csimodel.bootstrap.BootstrapStatistic;
import dev.csimodel.data.Moments;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.InteractionTerm;

import java.util.ArrayList;
import java.util.List;

/**
 * The slopes of every interaction path at the three classic levels and the floodlight levels,
 * as one bootstrap statistic computed from a moments-only estimate of the augmented model:
 * {@code slope(v) = β_X + k·(β_XM / a)·v}, with the scale factor a recomputed from the
 * resample's standard deviations of the term's indicators and its loadings. A pure function of
 * its argument, so thread-safe.
 */
final class SlopeStatistic implements BootstrapStatistic {

    static final double[] CLASSIC_LEVELS = {-1, 0, 1};

    /** One interaction path: the term's construct name, X, Y, the indicators and k. */
    record Target(InteractionTerm term, String target, List<String> indicators) {
        double factor() {
            return term.isQuadratic() ? 2 : 1;
        }
    }

    private final List<Target> targets;
    private final double[] levels;
    private final List<String> names = new ArrayList<>();

    SlopeStatistic(List<Target> targets, SlopeSettings settings) {
        this.targets = List.copyOf(targets);
        int n = CLASSIC_LEVELS.length + settings.floodlightPoints();
        levels = new double[n];
        System.arraycopy(CLASSIC_LEVELS, 0, levels, 0, CLASSIC_LEVELS.length);
        for (int k = 0; k < settings.floodlightPoints(); k++) {
            levels[CLASSIC_LEVELS.length + k] = settings.floodlightLevel(k);
        }
        for (Target t : targets) {
            for (int k = 0; k < n; k++) {
                names.add(name(t, k));
            }
        }
    }

    /** @return the statistic's name of level k of {@code t} (the three classic levels first) */
    static String name(Target t, int k) {
        return "slope " + t.term().first() + " on " + t.target() + " by " + t.term().second() + " #" + k;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public double[] compute(PlsResult r) {
        double[] out = new double[names.size()];
        int j = 0;
        for (Target t : targets) {
            double change = t.factor() * r.pathCoefficient(t.term().name(), t.target()) / scaleFactor(r, t.indicators());
            double main = r.pathCoefficient(t.term().first(), t.target());
            for (double v : levels) {
                out[j++] = main + change * v;
            }
        }
        return out;
    }

    /** seminr's a from the estimate's moments (population SDs turned into n − 1 ones). */
    static double scaleFactor(PlsResult r, List<String> indicators) {
        Moments m = r.moments();
        double n = m.observations();
        double num = 0;
        double den = 0;
        for (String item : indicators) {
            double l = Math.abs(r.loading(item));
            num += m.sd(m.indexOf(item)) * Math.sqrt(n / (n - 1)) * l;
            den += l;
        }
        return num / den;
    }
}
