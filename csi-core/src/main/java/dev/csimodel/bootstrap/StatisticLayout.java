package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.Effect;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The flat vector of statistics one estimate yields, in a fixed order: outer weights and
 * loadings (block order), path coefficients (model order), total effects (every ordered pair
 * linked by a route), R² (endogenous constructs), HTMT (pairs of multi-indicator constructs in
 * model order whose original value is finite; a negative mean within-block correlation, e.g. of
 * reverse-keyed items, leaves it undefined), the specific indirect effects (every mediated route,
 * see {@link IndirectStatistics}) and the custom statistics. Each entry remembers the constructs whose signs it
 * carries, for {@link SignChange#CONSTRUCT_LEVEL}. Immutable.
 */
final class StatisticLayout {

    private final PathModel model;
    private final List<StatisticKey> keys = new ArrayList<>();
    private final List<int[]> signConstructs = new ArrayList<>();
    private final List<BootstrapStatistic> custom;
    private final Map<StatisticKey, Integer> index = new HashMap<>();
    private final int constructs;
    private final IndirectStatistics indirect;

    StatisticLayout(PlsResult original, List<BootstrapStatistic> custom) {
        this.model = original.model();
        this.custom = List.copyOf(custom);
        this.constructs = model.constructs().size();
        BlockStructure blocks = model.blocks();
        List<String> indicators = model.indicators();
        for (String ind : indicators) {
            add(StatisticKey.outerWeight(ind), blocks.blockOf(blocks.indicatorIndex(ind)));
        }
        for (String ind : indicators) {
            add(StatisticKey.loading(ind), blocks.blockOf(blocks.indicatorIndex(ind)));
        }
        for (StructuralPath path : model.paths()) {
            add(StatisticKey.path(path.from(), path.to()), model.indexOf(path.from()), model.indexOf(path.to()));
        }
        addTotalsAndRSquared();
        addHtmt(original);
        this.indirect = new IndirectStatistics(original);
        for (int i = 0; i < indirect.keys().size(); i++) {
            add(indirect.keys().get(i), indirect.signs(i));
        }
        addCustom();
    }

    private void addTotalsAndRSquared() {
        List<String> names = model.constructNames();
        for (String from : names) {
            for (String to : names) {
                if (!from.equals(to) && reaches(from, to)) {
                    add(StatisticKey.totalEffect(from, to), model.indexOf(from), model.indexOf(to));
                }
            }
        }
        for (String c : model.endogenous()) {
            add(StatisticKey.rSquared(c));
        }
    }

    private boolean reaches(String from, String to) {
        for (String next : model.successors(from)) {
            if (next.equals(to) || reaches(next, to)) {
                return true;
            }
        }
        return false;
    }

    /** HTMT is left out where the original has none (a single-indicator block) or it is not finite. */
    private void addHtmt(PlsResult original) {
        List<String> names = model.constructNames();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                OptionalDouble h = original.quality().htmt(names.get(a), names.get(b));
                if (h.isPresent() && Double.isFinite(h.getAsDouble())) {
                    add(StatisticKey.htmt(names.get(a), names.get(b)));
                }
            }
        }
    }

    private void addCustom() {
        for (BootstrapStatistic s : custom) {
            if (s == null || s.names() == null || s.names().isEmpty()) {
                throw new CsiSpecificationException("a bootstrap statistic must name at least one value");
            }
            for (String name : s.names()) {
                StatisticKey key = StatisticKey.custom(name);
                if (index.containsKey(key)) {
                    throw new CsiSpecificationException("two bootstrap statistics are both named '" + name + "'");
                }
                add(key);
            }
        }
    }

    private void add(StatisticKey key, int... signs) {
        index.put(key, keys.size());
        keys.add(key);
        signConstructs.add(signs);
    }

    List<StatisticKey> keys() {
        return List.copyOf(keys);
    }

    int size() {
        return keys.size();
    }

    /** @return the position of {@code key}, or −1 */
    int indexOf(StatisticKey key) {
        Integer i = index.get(key);
        if (i == null && key.kind() == StatisticKind.HTMT) {
            i = index.get(StatisticKey.htmt(key.second(), key.first()));
        }
        return i == null ? -1 : i;
    }

    /**
     * Writes the statistics of {@code r} into {@code out}.
     *
     * @throws CsiEstimationException naming the statistic if a value is not finite
     */
    void extract(PlsResult r, double[] out) {
        int j = 0;
        for (String ind : model.indicators()) {
            out[j++] = r.outerWeight(ind);
        }
        for (String ind : model.indicators()) {
            out[j++] = r.loading(ind);
        }
        for (StructuralPath path : model.paths()) {
            out[j++] = r.pathCoefficient(path.from(), path.to());
        }
        for (; j < keys.size() && keys.get(j).kind() == StatisticKind.TOTAL_EFFECT; j++) {
            Effect e = r.effect(keys.get(j).first(), keys.get(j).second());
            out[j] = e.total();
        }
        for (; j < keys.size() && keys.get(j).kind() == StatisticKind.R_SQUARED; j++) {
            out[j] = r.rSquared(keys.get(j).first()).orElseThrow(); // keys are endogenous only
        }
        for (; j < keys.size() && keys.get(j).kind() == StatisticKind.HTMT; j++) {
            OptionalDouble h = r.quality().htmt(keys.get(j).first(), keys.get(j).second());
            out[j] = h.orElse(Double.NaN);
        }
        j = indirect.extract(r, out, j);
        extractCustom(r, out, j);
        requireFinite(out);
    }

    private void extractCustom(PlsResult r, double[] out, int from) {
        int j = from;
        for (BootstrapStatistic s : custom) {
            j = copy(s, s.compute(r), out, j);
        }
    }

    /** Writes the values of the moment statistics {@code stats} of {@code resample} from position {@code from}. */
    void writeCustom(List<MomentStatistic> stats, ResampleMoments resample, double[] out, int from) {
        int j = from;
        for (MomentStatistic s : stats) {
            j = copy(s, s.compute(resample), out, j);
        }
    }

    private static int copy(BootstrapStatistic s, double[] v, double[] out, int j) {
        if (v == null || v.length != s.names().size()) {
            throw new CsiSpecificationException("bootstrap statistic " + s.names() + " returned "
                    + (v == null ? "null" : v.length + " values") + " for " + s.names().size() + " names");
        }
        System.arraycopy(v, 0, out, j, v.length);
        return j + v.length;
    }

    /** @return the number of built-in statistics, which precede the custom ones */
    int builtInSize() {
        int n = 0;
        for (BootstrapStatistic s : custom) {
            n += s.names().size();
        }
        return keys.size() - n;
    }

    /** @return the custom statistics if all are {@link MomentStatistic}s (an empty list if none), else null */
    List<MomentStatistic> momentStatistics() {
        List<MomentStatistic> out = new ArrayList<>();
        for (BootstrapStatistic s : custom) {
            if (!(s instanceof MomentStatistic m)) {
                return null;
            }
            out.add(m);
        }
        return List.copyOf(out);
    }

    /** @throws CsiEstimationException naming the first statistic of {@code out} that is not finite */
    void requireFinite(double[] out) {
        for (int j = 0; j < keys.size(); j++) {
            if (!Double.isFinite(out[j])) {
                throw new CsiEstimationException("the " + keys.get(j) + " is not finite (" + out[j] + ")");
            }
        }
    }

    /** Aligns the signs of resample statistics {@code boot} with the original ones, in place. */
    void align(double[] boot, double[] original, SignChange mode) {
        if (mode == SignChange.INDIVIDUAL) {
            for (int j = 0; j < keys.size(); j++) {
                if (signConstructs.get(j).length > 0 && original[j] != 0) {
                    boot[j] = Math.copySign(boot[j], original[j]);
                }
            }
        } else if (mode == SignChange.CONSTRUCT_LEVEL) {
            flipConstructs(boot, constructSigns(boot, original));
        }
    }

    /** −1 for a construct whose loadings are closer to the mirrored original loadings. */
    private int[] constructSigns(double[] boot, double[] original) {
        double[] same = new double[constructs];
        double[] mirrored = new double[constructs];
        for (int j = 0; j < keys.size(); j++) {
            if (keys.get(j).kind() == StatisticKind.LOADING) {
                int k = signConstructs.get(j)[0];
                same[k] += Math.abs(original[j] - boot[j]);
                mirrored[k] += Math.abs(original[j] + boot[j]);
            }
        }
        int[] sign = new int[constructs];
        for (int k = 0; k < constructs; k++) {
            sign[k] = mirrored[k] < same[k] ? -1 : 1;
        }
        return sign;
    }

    private void flipConstructs(double[] boot, int[] sign) {
        for (int j = 0; j < keys.size(); j++) {
            int s = 1;
            for (int k : signConstructs.get(j)) {
                s *= sign[k];
            }
            if (s < 0) {
                boot[j] = -boot[j];
            }
        }
    }
}
