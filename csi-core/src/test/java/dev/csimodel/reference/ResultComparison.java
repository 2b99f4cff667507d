package dev.csimodel.reference;

import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.StructuralPath;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares two estimates of the same model quantity by quantity, naming the one that differs. */
public final class ResultComparison {

    private ResultComparison() {
    }

    /** Weights, loadings, paths with standard errors, R², construct correlations and indicator means. */
    public static void assertSameEstimate(PlsResult expected, PlsResult actual, double tol) {
        for (String ind : expected.model().indicators()) {
            int i = expected.moments().indexOf(ind);
            int j = actual.moments().indexOf(ind);
            assertEquals(expected.moments().mean(i), actual.moments().mean(j), tol, "mean " + ind);
            assertEquals(expected.moments().sd(i), actual.moments().sd(j), tol, "sd " + ind);
        }
        assertSameStandardised(expected, actual, tol);
    }

    /**
     * The scale-free part: weights, loadings, paths with standard errors, R², construct
     * correlations, n. Compared by name, so the two models may declare things in different orders.
     */
    public static void assertSameStandardised(PlsResult expected, PlsResult actual, double tol) {
        for (String ind : expected.model().indicators()) {
            assertEquals(expected.outerWeight(ind), actual.outerWeight(ind), tol, "weight " + ind);
            assertEquals(expected.loading(ind), actual.loading(ind), tol, "loading " + ind);
        }
        for (StructuralPath p : expected.model().paths()) {
            assertEquals(expected.pathCoefficient(p.from(), p.to()), actual.pathCoefficient(p.from(), p.to()), tol,
                    "path " + p);
            assertEquals(expected.path(p.from(), p.to()).stdError().isPresent(),
                    actual.path(p.from(), p.to()).stdError().isPresent(), "std error present " + p);
            if (expected.path(p.from(), p.to()).stdError().isPresent()) {
                assertEquals(expected.path(p.from(), p.to()).stdError().getAsDouble(),
                        actual.path(p.from(), p.to()).stdError().getAsDouble(), tol, "std error " + p);
            }
        }
        for (String c : expected.model().constructNames()) {
            assertEquals(expected.rSquared(c).orElse(Double.NaN), actual.rSquared(c).orElse(Double.NaN), tol, "R2 " + c);
            for (String d : expected.model().constructNames()) {
                assertEquals(expected.constructCorrelation(c, d), actual.constructCorrelation(c, d), tol,
                        "construct correlation " + c + "," + d);
            }
        }
        assertEquals(expected.observations(), actual.observations(), tol, "observations");
    }
}
