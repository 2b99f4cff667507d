package dev.csimodel.data.missing;

import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass search for suspect missing codes finds what the rule of
 * {@link MissingValues#suspectCodes} says, checked against a direct reading of the rule written
 * here (sort, group equal values, split code-like repeated values from the range) on random
 * columns mixing answers, codes, NaN and one-off code-like values.
 */
class SuspectCodesOnePassTest {

    private static final long SEED = 20261204L;
    private static final int COLUMNS = 400;

    @Test
    void onePassEqualsTheRuleReadDirectly() {
        Random random = new Random(SEED);
        int suspects = 0;
        for (int c = 0; c < COLUMNS; c++) {
            double[] x = column(random);
            List<SuspectMissingCode> found = MissingValues.suspectCodes(DataTable.ofColumns(List.of("x"), new double[][] {x}),
                    List.of("x"));
            assertEquals(byTheRule(x), found, "column " + c + ": " + Arrays.toString(x));
            suspects += found.size();
        }
        assertTrue(suspects > COLUMNS / 4, "only " + suspects + " suspect codes: the columns do not test the rule");
    }

    private static double[] column(Random random) {
        int n = 2 + random.nextInt(40);
        double[] codes = {-99, -98, 99, 999, 9999, -1, -3, 9, 0};
        int scale = random.nextBoolean() ? 10 : 3;
        boolean centred = random.nextInt(4) == 0;
        double code = codes[random.nextInt(codes.length)];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(10);
            x[i] = k <= 1 ? code : k == 2 ? codes[random.nextInt(codes.length)] : k == 3 ? Double.NaN
                    : k == 2 ? random.nextInt(scale) + 0.5 : random.nextInt(scale + 1) - (centred ? scale / 2 : 0);
        }
        return x;
    }

    /** The rule of the javadoc, read directly: sort, group, split. */
    private static List<SuspectMissingCode> byTheRule(double[] column) {
        double[] x = Arrays.stream(column).filter(Double::isFinite).sorted().toArray();
        List<double[]> candidates = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; ) {
            int j = i;
            while (j < x.length && x[j] == x[i]) {
                j++;
            }
            boolean codeForm = x[i] == Math.rint(x[i]) && (x[i] < 0 || x[i] >= 99 && Long.toString((long) x[i]).matches("9+"));
            if (j - i >= 2 && codeForm) {
                candidates.add(new double[] {x[i], j - i});
            } else {
                min = Math.min(min, x[i]);
                max = Math.max(max, x[i]);
            }
            i = j;
        }
        List<SuspectMissingCode> out = new ArrayList<>();
        double margin = Math.max(max - min, 1);
        for (double[] c : candidates) {
            if (min <= max && (c[0] < min - margin || c[0] > max + margin)) {
                out.add(new SuspectMissingCode("x", c[0], (int) c[1]));
            }
        }
        return out;
    }
}
