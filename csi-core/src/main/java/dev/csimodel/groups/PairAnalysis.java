package dev.csimodel.groups;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static dev.csimodel.groups.PermutationStatistics.column;

/**
 * The permutation engine for one pair of groups. The pooled rows are A's rows then B's; a
 * permutation shuffles them (Fisher-Yates, its own generator) and gives the first n_A to A.
 * Each permutation re-estimates the model in both permuted groups, which yields the path
 * differences and MICOM's c together; MICOM step 3 only regroups the pooled scores.
 */
final class PairAnalysis {

    private final PathModel model;
    private final PlsEstimator estimator;
    private final PermutationSettings settings;
    private final DataTable pooled;
    private final int nA;
    private final long streamBase;
    private final PlsResult pooledFit;
    private final double[][] pooledScores;

    PairAnalysis(PathModel model, PlsEstimator estimator, PermutationSettings settings, DataTable pooled, int nA,
                 int pairIndex) {
        this.model = model;
        this.estimator = estimator;
        this.settings = settings;
        this.pooled = pooled;
        this.nA = nA;
        this.streamBase = settings.seed() + 0xBF58476D1CE4E5B9L * pairIndex;
        this.pooledFit = estimate(pooled, "the pooled rows");
        this.pooledScores = new double[model.constructNames().size()][];
        for (int k = 0; k < pooledScores.length; k++) {
            pooledScores[k] = pooledFit.scores().column(model.constructNames().get(k));
        }
    }

    PairComparison run(String labelA, String labelB, PlsResult fitA, PlsResult fitB) {
        int n = settings.permutations();
        double[][] perm = new double[n][];
        IntStream range = IntStream.range(0, n);
        (settings.parallel() ? range.parallel() : range).forEach(b -> perm[b] = permutation(b));
        List<PathDifference> paths = pathTests(fitA, fitB, perm);
        boolean[] observed = new boolean[pooled.rowCount()];
        Arrays.fill(observed, 0, nA, true);
        double[] step3 = meansAndVariances(observed);
        List<CompositionalInvariance> step2 = new ArrayList<>();
        List<CompositeEquality> equality = new ArrayList<>();
        int p = model.paths().size();
        int kCount = pooledScores.length;
        for (int k = 0; k < kCount; k++) {
            String name = model.constructNames().get(k);
            double[] cs = column(perm, p + k);
            double c = compositeCorrelation(fitA, fitB, k);
            step2.add(new CompositionalInvariance(name, c, PermutationStatistics.quantile(cs, settings.alpha()),
                    PermutationStatistics.lowerTail(cs, c)));
            equality.add(equality(name, step3[2 * k], column(perm, p + kCount + 2 * k),
                    step3[2 * k + 1], column(perm, p + kCount + 2 * k + 1)));
        }
        ConfiguralInvariance configural = new ConfiguralInvariance(true, fitA.converged() && fitB.converged());
        return new PairComparison(labelA, labelB, paths, new MicomResult(configural, step2, equality), pooledFit);
    }

    private List<PathDifference> pathTests(PlsResult fitA, PlsResult fitB, double[][] perm) {
        List<PathDifference> out = new ArrayList<>();
        List<StructuralPath> paths = model.paths();
        for (int j = 0; j < paths.size(); j++) {
            StructuralPath sp = paths.get(j);
            double a = fitA.pathCoefficient(sp.from(), sp.to());
            double b = fitB.pathCoefficient(sp.from(), sp.to());
            out.add(new PathDifference(sp.from(), sp.to(), a, b, a - b,
                    PermutationStatistics.twoSided(column(perm, j), a - b)));
        }
        return out;
    }

    private CompositeEquality equality(String name, double mean, double[] means, double logVar, double[] logVars) {
        double lo = settings.alpha() / 2;
        double hi = 1 - lo;
        return new CompositeEquality(name, mean, PermutationStatistics.quantile(means, lo),
                PermutationStatistics.quantile(means, hi), PermutationStatistics.twoSided(means, mean),
                logVar, PermutationStatistics.quantile(logVars, lo), PermutationStatistics.quantile(logVars, hi),
                PermutationStatistics.twoSided(logVars, logVar));
    }

    /**
     * Statistics of permutation b: the path differences (model path order), then c per
     * construct, then (mean difference, log variance ratio) per construct.
     */
    private double[] permutation(int b) {
        boolean[] inA = shuffle(b);
        int[] rowsA = IntStream.range(0, inA.length).filter(i -> inA[i]).toArray();
        int[] rowsB = IntStream.range(0, inA.length).filter(i -> !inA[i]).toArray();
        String what = "permutation " + (b + 1);
        PlsResult fa = estimate(pooled.rows(rowsA), what + ", group A");
        PlsResult fb = estimate(pooled.rows(rowsB), what + ", group B");
        List<StructuralPath> paths = model.paths();
        int kCount = pooledScores.length;
        double[] out = new double[paths.size() + 3 * kCount];
        for (int j = 0; j < paths.size(); j++) {
            StructuralPath sp = paths.get(j);
            out[j] = fa.pathCoefficient(sp.from(), sp.to()) - fb.pathCoefficient(sp.from(), sp.to());
        }
        for (int k = 0; k < kCount; k++) {
            out[paths.size() + k] = compositeCorrelation(fa, fb, k);
        }
        System.arraycopy(meansAndVariances(inA), 0, out, paths.size() + kCount, 2 * kCount);
        return out;
    }

    /** Membership of permutation b, from its own generator: independent of thread and order. */
    private boolean[] shuffle(int b) {
        SplittableRandom rnd = new SplittableRandom(streamBase + 0x9E3779B97F4A7C15L * (b + 1));
        int n = pooled.rowCount();
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] inA = new boolean[n];
        for (int i = 0; i < nA; i++) {
            inA[order[i]] = true;
        }
        return inA;
    }

    /** c = w_A'S w_B / sqrt(w_A'S w_A · w_B'S w_B) on the pooled block moments S. */
    private double compositeCorrelation(PlsResult fa, PlsResult fb, int k) {
        List<String> items = model.constructs().get(k).indicators();
        Moments m = pooledFit.moments();
        boolean standardised = pooledFit.settings().scaling() == Scaling.STANDARDISED;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (String u : items) {
            for (String v : items) {
                int i = m.indexOf(u);
                int j = m.indexOf(v);
                double s = standardised ? m.correlation(i, j) : m.covariance(i, j);
                double wa = fa.outerWeight(u) * fa.outerWeight(v);
                ab += fa.outerWeight(u) * s * fb.outerWeight(v);
                aa += wa * s;
                bb += fb.outerWeight(u) * s * fb.outerWeight(v);
            }
        }
        return ab / Math.sqrt(aa * bb);
    }

    /** Per construct: ȳ_A − ȳ_B and ln(var_A / var_B) of the pooled scores. */
    private double[] meansAndVariances(boolean[] inA) {
        double[] out = new double[2 * pooledScores.length];
        for (int k = 0; k < pooledScores.length; k++) {
            double[] a = moments(pooledScores[k], inA, true);
            double[] b = moments(pooledScores[k], inA, false);
            out[2 * k] = a[0] - b[0];
            out[2 * k + 1] = Math.log(a[1] / b[1]);
        }
        return out;
    }

    /** Mean and population variance of the scores of one group. */
    private static double[] moments(double[] y, boolean[] inA, boolean group) {
        double sum = 0;
        double sq = 0;
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            if (inA[i] == group) {
                sum += y[i];
                sq += y[i] * y[i];
                count++;
            }
        }
        double mean = sum / count;
        return new double[]{mean, sq / count - mean * mean};
    }

    private PlsResult estimate(DataTable rows, String what) {
        try {
            return estimator.estimate(model, rows);
        } catch (CsiDataException e) {
            throw new CsiDataException(what + ": " + e.getMessage(), e);
        } catch (CsiException e) {
            throw new CsiEstimationException(what + ": " + e.getMessage(), e);
        }
    }
}
