package dev.csimodel.models;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic simulated survey data for a path model: each construct's latent value is
 * 0.5 times the sum of its predecessors' plus standard normal noise (constructs in model order,
 * which for the predefined models is a causal order), and each indicator is its latent value
 * plus normal noise of SD 0.6. Every true effect is positive.
 */
public final class Simulated {

    private Simulated() {
    }

    public static DataTable data(PathModel model, int n, long seed) {
        Random rnd = new Random(seed);
        Map<String, double[]> latent = new HashMap<>();
        for (Construct c : model.constructs()) {
            double[] eta = new double[n];
            for (int r = 0; r < n; r++) {
                double v = rnd.nextGaussian();
                for (String p : model.predecessors(c.name())) {
                    v += 0.5 * latent.get(p)[r];
                }
                eta[r] = v;
            }
            latent.put(c.name(), eta);
        }
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        for (Construct c : model.constructs()) {
            for (String ind : c.indicators()) {
                double[] x = new double[n];
                double[] eta = latent.get(c.name());
                for (int r = 0; r < n; r++) {
                    x[r] = eta[r] + 0.6 * rnd.nextGaussian();
                }
                names.add(ind);
                cols.add(x);
            }
        }
        return DataTable.ofColumns(names, cols.toArray(new double[0][]));
    }
}
