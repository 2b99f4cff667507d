package dev.csimodel.estimate;

import dev.csimodel.CsiDataException;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.OuterMode;

/**
 * Rejects, before iterating, data with too few observations for the model's regressions: a
 * structural regression with k predictors has k + 1 parameters and needs n &gt; k + 1 for a
 * residual degree of freedom, i.e. n ≥ k + 2 (with weighted data, where n = Σw need not be an
 * integer, at least one residual degree of freedom: the t distribution of the tests is
 * undefined below); a Mode B block of m indicators needs n &gt; m, or its indicator
 * correlation matrix (rank at most n − 1) is singular.
 */
final class SampleSizeCheck {

    private SampleSizeCheck() {
    }

    /** Observation counts are integers unless the data are weighted; print them so. */
    static String count(double n) {
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? String.valueOf((long) n) : String.valueOf(n);
    }

    static void run(BlockStructure blocks, double n) {
        for (int k = 0; k < blocks.constructCount(); k++) {
            String name = blocks.model().constructs().get(k).name();
            int params = blocks.predecessorCount(k) + 1;
            if (blocks.predecessorCount(k) > 0 && !(n - params >= 1)) {
                throw new CsiDataException("the structural regression of construct '" + name + "' has " + params
                        + " parameters (" + blocks.predecessorCount(k) + " predictors and an intercept) but the data has only "
                        + count(n) + " observations");
            }
            int m = blocks.blockSize(k);
            if (blocks.mode(k) == OuterMode.B && m > 1 && !(n > m)) {
                throw new CsiDataException("the Mode B block of construct '" + name + "' has " + m
                        + " indicators but the data has only " + count(n) + " observations; its weights are not identified");
            }
        }
    }
}
