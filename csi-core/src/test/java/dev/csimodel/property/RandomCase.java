package dev.csimodel.property;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded random path model with data generated from it: constructs K0..K(J-1), each with 1-4
 * indicators in Mode A (Mode B one time in five), a connected recursive structure (every
 * construct after the first has a predecessor among the earlier ones, plus extra paths) or, one
 * time in ten, no paths at all. Data: standardised latent scores η_j = Σ β η_i + e along the
 * paths, indicators λη + sqrt(1 − λ²)ε, then an arbitrary affine scale per indicator, 30-200 rows.
 *
 * @param blocks     indicator names per construct, in declaration order
 * @param modes      outer mode per construct
 * @param paths      the structural paths
 * @param data       the generated table (indicator columns only)
 */
record RandomCase(List<List<String>> blocks, List<OuterMode> modes, List<StructuralPath> paths, DataTable data) {

    static RandomCase generate(long seed) {
        Random rnd = new Random(seed);
        int j = 1 + rnd.nextInt(5);
        int n = 30 + rnd.nextInt(171);
        List<StructuralPath> paths = new ArrayList<>();
        boolean noPaths = j == 1 || rnd.nextInt(10) == 0;
        double[][] eta = new double[j][n];
        for (int k = 0; k < j; k++) {
            List<Integer> preds = new ArrayList<>();
            if (!noPaths && k > 0) {
                preds.add(rnd.nextInt(k));
                for (int i = 0; i < k; i++) {
                    if (!preds.contains(i) && rnd.nextDouble() < 0.3) {
                        preds.add(i);
                    }
                }
            }
            for (int r = 0; r < n; r++) {
                double v = rnd.nextGaussian();
                for (int i : preds) {
                    v += (0.2 + 0.4 * rnd.nextDouble()) * eta[i][r];
                }
                eta[k][r] = v;
            }
            for (int i : preds) {
                paths.add(new StructuralPath("K" + i, "K" + k));
            }
        }
        List<List<String>> blocks = new ArrayList<>();
        List<OuterMode> modes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        for (int k = 0; k < j; k++) {
            int m = 1 + rnd.nextInt(4);
            modes.add(m > 1 && rnd.nextInt(5) == 0 ? OuterMode.B : OuterMode.A);
            List<String> block = new ArrayList<>();
            double sd = sd(eta[k]);
            for (int i = 0; i < m; i++) {
                String name = "k" + k + "_" + (i + 1);
                double lambda = 0.5 + 0.4 * rnd.nextDouble();
                double a = 0.5 + 9.5 * rnd.nextDouble();
                double b = -5 + 10 * rnd.nextDouble();
                double[] x = new double[n];
                for (int r = 0; r < n; r++) {
                    x[r] = a * (lambda * eta[k][r] / sd + Math.sqrt(1 - lambda * lambda) * rnd.nextGaussian()) + b;
                }
                block.add(name);
                names.add(name);
                cols.add(x);
            }
            blocks.add(block);
        }
        return new RandomCase(blocks, modes, paths, DataTable.ofColumns(names, cols.toArray(new double[0][])));
    }

    private static double sd(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v / x.length;
        }
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m) / x.length;
        }
        return Math.sqrt(s);
    }

    /** @return the model in generation order */
    PathModel model() {
        PathModelBuilder b = PathModel.builder();
        for (int k = 0; k < blocks.size(); k++) {
            b.construct("K" + k).block(modes.get(k), blocks.get(k));
        }
        paths.forEach(p -> b.path(p.from(), p.to()));
        return b.build();
    }

    /** @return the same model with constructs, indicators within blocks and paths declared in a shuffled order */
    PathModel shuffledModel(Random rnd) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            order.add(k);
        }
        Collections.shuffle(order, rnd);
        PathModelBuilder b = PathModel.builder();
        for (int k : order) {
            List<String> block = new ArrayList<>(blocks.get(k));
            Collections.shuffle(block, rnd);
            b.construct("K" + k).block(modes.get(k), block);
        }
        List<StructuralPath> ps = new ArrayList<>(paths);
        Collections.shuffle(ps, rnd);
        ps.forEach(p -> b.path(p.from(), p.to()));
        return b.build();
    }
}
