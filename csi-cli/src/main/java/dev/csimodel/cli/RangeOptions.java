package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;

/**
 * The checks of {@code --max-k}, {@code --k}, {@code --starts} and {@code --threads} shared by the
 * methods that solve K = 1..--max-k from random starts (FIMIX-PLS, PLS-POS).
 */
final class RangeOptions {

    private RangeOptions() {
    }

    /** @throws CsiSpecificationException naming the option out of range */
    static void check(SegmentationMethod.Request request) {
        int maxK = request.maxSegments();
        if (maxK < 1) {
            throw new CsiSpecificationException("--max-k " + maxK + ": must be at least 1");
        }
        request.k().ifPresent(k -> {
            if (k < 1 || k > maxK) {
                throw new CsiSpecificationException("--k " + k + ": must lie between 1 and --max-k " + maxK);
            }
        });
        if (request.starts() < 1) {
            throw new CsiSpecificationException("--starts " + request.starts() + ": must be at least 1");
        }
        if (request.threads() < 1) {
            throw new CsiSpecificationException("--threads " + request.threads() + ": must be at least 1");
        }
    }
}
