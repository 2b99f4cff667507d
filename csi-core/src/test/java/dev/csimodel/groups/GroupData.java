package dev.csimodel.groups;

import dev.csimodel.data.DataTable;
import dev.csimodel.reference.ReferenceTable;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test data for group comparisons: the bank survey's gender column and simulated groups. */
final class GroupData {

    private GroupData() {
    }

    /** The quoted "male"/"female" last column of the bank survey, which BankData.table() drops. */
    static String[] bankGender() {
        ReferenceTable t = ReferenceTable.load("/satisfaction/satisfaction.csv");
        int col = t.header().indexOf("gender");
        String[] out = new String[t.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.cell(i, col);
        }
        return out;
    }

    /** Labels "a"/"b" for a random half split of n rows (exactly n/2 "a"), seeded. */
    static String[] randomHalves(int n, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[order.get(i)] = i < n / 2 ? "a" : "b";
        }
        return out;
    }

    static PathModel twoConstructs() {
        return PathModel.builder().construct("X").modeA("x1", "x2", "x3")
                .construct("Y").modeA("y1", "y2", "y3").path("X", "Y").build();
    }

    /**
     * n rows of the population ξ ~ N(0,1), η = β ξ + sqrt(1 − β²) ζ, every indicator
     * 0.8·construct + 0.6·noise (unit variance, reliability 0.64).
     */
    static DataTable simulate(int n, double beta, long seed) {
        Random rnd = new Random(seed);
        double[][] rows = new double[n][6];
        for (int i = 0; i < n; i++) {
            double xi = rnd.nextGaussian();
            double eta = beta * xi + Math.sqrt(1 - beta * beta) * rnd.nextGaussian();
            for (int j = 0; j < 3; j++) {
                rows[i][j] = 0.8 * xi + 0.6 * rnd.nextGaussian();
                rows[i][3 + j] = 0.8 * eta + 0.6 * rnd.nextGaussian();
            }
        }
        return DataTable.ofRows(List.of("x1", "x2", "x3", "y1", "y2", "y3"), rows);
    }
}
