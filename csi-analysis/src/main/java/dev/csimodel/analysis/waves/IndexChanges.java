package dev.csimodel.analysis.waves;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Inference on the index changes between two waves, each wave estimated on its own:
 * the percentile bootstrap of {@code Δ = index_after − index_before}, resampling respondents
 * within each wave (the waves are independent samples), and the permutation test of
 * "no change", relabelling the pooled respondents of both waves (Chin and Dibbern 2010 apply the
 * same test to paths). A replicate or permutation whose estimation fails or has no index is
 * left out; when more than half are left out the interval or p-value is withheld.
 */
final class IndexChanges {

    private static final double MAX_FAILURE_SHARE = 0.5;

    private final PathModel model;
    private final PlsEstimator estimator;
    private final IndicatorScales scales;
    private final List<String> constructs;
    private final WaveSettings settings;

    IndexChanges(PathModel model, IndicatorScales scales, List<String> constructs, WaveSettings settings) {
        this.model = model;
        this.estimator = new PlsEstimator(settings.estimation());
        this.scales = scales;
        this.constructs = constructs;
        this.settings = settings;
    }

    List<IndexChange> compare(Wave before, DataTable beforeRows, Wave after, DataTable afterRows,
                              SplittableRandom random) {
        double[] observed = difference(after.index(), before.index());
        double[][] boot = bootstrap(beforeRows, afterRows, random.split());
        double[][] perm = permutations(beforeRows, afterRows, random.split());
        List<IndexChange> out = new ArrayList<>();
        for (int c = 0; c < constructs.size(); c++) {
            if (Double.isNaN(observed[c])) {
                continue;
            }
            String name = constructs.get(c);
            Optional<Interval> interval = interval(column(boot, c));
            OptionalDouble p = pValue(column(perm, c), observed[c]);
            out.add(new IndexChange(before.label(), after.label(), name, before.index().index(name).getAsDouble(),
                    after.index().index(name).getAsDouble(), observed[c], interval, p,
                    p.isPresent() && p.getAsDouble() < settings.alpha()));
        }
        return out;
    }

    /** @return the 0-100 index of every construct on {@code rows}, NaN where undefined; null if the fit fails */
    double[] indices(DataTable rows) {
        try {
            return values(CsiIndex.of(estimator.estimate(model, rows), scales));
        } catch (CsiDataException | CsiEstimationException e) {
            return null;
        }
    }

    private double[] values(CsiIndex index) {
        double[] v = new double[constructs.size()];
        for (int c = 0; c < v.length; c++) {
            OptionalDouble x = index.index(constructs.get(c));
            v[c] = x.isPresent() ? x.getAsDouble() : Double.NaN;
        }
        return v;
    }

    private double[] difference(CsiIndex after, CsiIndex before) {
        double[] a = values(after);
        double[] b = values(before);
        for (int c = 0; c < a.length; c++) {
            a[c] -= b[c];
        }
        return a;
    }

    private double[][] bootstrap(DataTable before, DataTable after, SplittableRandom random) {
        double[][] out = new double[settings.replicates()][];
        for (int r = 0; r < out.length; r++) {
            double[] b = indices(before.rows(draw(before.rowCount(), random)));
            double[] a = indices(after.rows(draw(after.rowCount(), random)));
            out[r] = a == null || b == null ? null : minus(a, b);
        }
        return out;
    }

    private double[][] permutations(DataTable before, DataTable after, SplittableRandom random) {
        DataTable pooled = Pooling.concat(model.indicators(), before, after);
        int n = pooled.rowCount();
        int[] order = new int[n];
        double[][] out = new double[settings.permutations()][];
        for (int p = 0; p < out.length; p++) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] b = indices(pooled.rows(Arrays.copyOfRange(order, 0, before.rowCount())));
            double[] a = indices(pooled.rows(Arrays.copyOfRange(order, before.rowCount(), n)));
            out[p] = a == null || b == null ? null : minus(a, b);
        }
        return out;
    }

    private static int[] draw(int n, SplittableRandom random) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = random.nextInt(n);
        }
        return rows;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int c = 0; c < d.length; c++) {
            d[c] = a[c] - b[c];
        }
        return d;
    }

    /** @return the non-NaN values of construct {@code c} over the draws that did not fail, and the draw count */
    private static Draws column(double[][] draws, int c) {
        double[] v = Arrays.stream(draws).filter(d -> d != null && !Double.isNaN(d[c])).mapToDouble(d -> d[c]).toArray();
        return new Draws(v, draws.length);
    }

    private record Draws(double[] values, int attempted) {
        boolean usable() {
            return values.length >= 2 && attempted - values.length <= MAX_FAILURE_SHARE * attempted;
        }
    }

    private Optional<Interval> interval(Draws d) {
        if (!d.usable()) {
            return Optional.empty();
        }
        return Optional.of(Interval.percentile(d.values(), settings.confidenceLevel()));
    }

    private static OptionalDouble pValue(Draws d, double observed) {
        if (!d.usable()) {
            return OptionalDouble.empty();
        }
        long extreme = Arrays.stream(d.values()).filter(v -> Math.abs(v) >= Math.abs(observed)).count();
        return OptionalDouble.of((1.0 + extreme) / (1.0 + d.values().length));
    }
}
