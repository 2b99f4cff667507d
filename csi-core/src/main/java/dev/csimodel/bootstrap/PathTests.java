package dev.csimodel.bootstrap;

import dev.csimodel.Arguments;
import dev.csimodel.result.AdjustedPValue;
import dev.csimodel.result.PValueAdjustment;
import dev.csimodel.spec.StructuralPath;

import java.util.List;

/** Multiple-testing adjustment of the bootstrap p-values of the paths. Stateless. */
public final class PathTests {

    private PathTests() {
    }

    /**
     * @return the bootstrap p-values ({@link BootstrapEstimate#pValue()}) of every structural
     *         path, the family, model order, with their {@code method} adjustment
     * @throws dev.csimodel.CsiSpecificationException if a path's p-value is undefined (a
     *                                               coefficient that never varied and is 0)
     * @param boot a bootstrap run
     * @param method the multiple-testing adjustment applied to the family of path p-values
     */
    public static List<AdjustedPValue> adjusted(BootstrapResult boot, PValueAdjustment method) {
        Arguments.requireNonNull(boot, "boot");
        Arguments.requireNonNull(method, "method");
        List<StructuralPath> paths = boot.original().model().paths();
        double[] p = new double[paths.size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = boot.path(paths.get(j).from(), paths.get(j).to()).pValue();
        }
        return method.of(paths, p);
    }
}
