package dev.csimodel.models.ahp;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;

/**
 * Consistency of a pairwise judgment matrix (Saaty 1980): consistency index
 * {@code CI = (lambdaMax - n) / (n - 1)} and consistency ratio {@code CR = CI / RI(n)} with
 * {@link RandomIndex}. A matrix is judged consistent when {@code CR < 0.10}
 * ({@link #CR_THRESHOLD}); {@code CR >= 0.10} flags it as inconsistent. For n &le; 2 every
 * reciprocal matrix is perfectly consistent (lambdaMax = n), so CI = CR = 0.
 *
 * @param n         order of the matrix
 * @param lambdaMax principal eigenvalue, &ge; n for a positive reciprocal matrix
 * @param ci        consistency index
 * @param ri        random index RI(n)
 * @param cr        consistency ratio
 */
public record AhpConsistency(int n, double lambdaMax, double ci, double ri, double cr) {

    /** Saaty's (1980) acceptance limit: CR below it is consistent, at or above it is not. */
    public static final double CR_THRESHOLD = 0.10;

    /**
     * Checks that the matrix order is at least 1 and that the consistency measures are finite.
     * @param n order of the matrix
     * @param lambdaMax principal eigenvalue, &ge; n for a positive reciprocal matrix
     * @param ci consistency index
     * @param ri random index RI(n)
     * @param cr consistency ratio
     */
    public AhpConsistency {
        if (n < 1) {
            throw new CsiSpecificationException("matrix order must be at least 1, got " + n);
        }
        if (!Double.isFinite(lambdaMax) || !Double.isFinite(ci) || !Double.isFinite(cr)) {
            throw new CsiEstimationException("non-finite consistency measures: lambdaMax="
                    + lambdaMax + ", CI=" + ci + ", CR=" + cr);
        }
    }

    /**
     * Computes CI and CR from the principal eigenvalue.
     *
     * @param n         order of the matrix, 1..{@value RandomIndex#MAX_ORDER}
     * @param lambdaMax principal eigenvalue
     * @return the consistency measures; CI is clamped at 0 because lambdaMax &ge; n holds exactly
     *         (Saaty 1977) and a value below n can only come from rounding
     */
    public static AhpConsistency of(int n, double lambdaMax) {
        double ri = RandomIndex.of(n);
        if (n <= 2) {
            return new AhpConsistency(n, lambdaMax, 0.0, ri, 0.0);
        }
        double ci = Math.max(0.0, (lambdaMax - n) / (n - 1));
        return new AhpConsistency(n, lambdaMax, ci, ri, ci / ri);
    }

    /** @return true when {@code CR < 0.10} */
    public boolean consistent() {
        return cr < CR_THRESHOLD;
    }
}
