package dev.csimodel.segmentation.pos;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsSettings;

import java.util.OptionalInt;

/**
 * Settings of a PLS-POS segmentation ({@link PosEstimator}). Immutable; change one setting with a
 * wither: {@code PosSettings.defaults().withMaxSegments(4).withStarts(20)}.
 *
 * @param minSegments       the smallest number of segments K solved for (default 1)
 * @param maxSegments       the largest K solved for (default 3); every K in
 *                          {@code minSegments..maxSegments} is solved, so that K can be chosen by
 *                          the retention criteria
 * @param starts            random starting partitions per K (default 10); the best objective wins
 * @param maxIterations     passes of the hill climb per start (default 100)
 * @param seed              the random seed of the starting partitions (default 1)
 * @param threads           the starts run on this many threads (default 1); the result is the same
 *                          for any number
 * @param minimumSegmentSize the fewest rows a segment may keep; empty (the default) for
 *                          max(10, 2 + the largest number of predictors of an endogenous construct)
 * @param pls               the settings of every PLS estimate (default {@link PlsSettings#defaults()};
 *                          consistent PLS is not supported)
 * @param likelihood        the log-likelihood behind the retention criteria (default
 *                          {@link PosLikelihood#MIXTURE})
 */
public record PosSettings(int minSegments, int maxSegments, int starts, int maxIterations, long seed,
                          int threads, OptionalInt minimumSegmentSize, PlsSettings pls,
                          PosLikelihood likelihood) {

    private static final PosSettings DEFAULTS =
            new PosSettings(1, 3, 10, 100, 1L, 1, OptionalInt.empty(), PlsSettings.defaults(),
                    PosLikelihood.MIXTURE);

    /**
     * Checks the components.
     *
     * @throws CsiSpecificationException naming the setting: K below 1 or a range upside down,
     *                                   fewer than one start, iteration or thread, a minimum
     *                                   segment size below 2, consistent PLS
     */
    public PosSettings {
        Arguments.requireNonNull(minimumSegmentSize, "minimumSegmentSize");
        Arguments.requireNonNull(pls, "pls");
        Arguments.requireNonNull(likelihood, "likelihood");
        if (minSegments < 1) {
            throw new CsiSpecificationException("the number of segments K must be at least 1, got " + minSegments);
        }
        if (maxSegments < minSegments) {
            throw new CsiSpecificationException("maxSegments (" + maxSegments + ") is below minSegments ("
                    + minSegments + ")");
        }
        requireAtLeast("starts", starts, 1);
        requireAtLeast("maxIterations", maxIterations, 1);
        requireAtLeast("threads", threads, 1);
        if (minimumSegmentSize.isPresent()) {
            requireAtLeast("minimumSegmentSize", minimumSegmentSize.getAsInt(), 2);
        }
        if (pls.consistent()) {
            throw new CsiSpecificationException("PLS-POS re-estimates segments with plain PLS; consistent PLS "
                    + "(pls.consistent) is not supported");
        }
    }

    private static void requireAtLeast(String name, int value, int least) {
        if (value < least) {
            throw new CsiSpecificationException(name + " must be at least " + least + ", got " + value);
        }
    }

    /** @return K = 1..3, 10 starts, 100 passes, seed 1, one thread, automatic minimum size, default PLS, mixture likelihood */
    public static PosSettings defaults() {
        return DEFAULTS;
    }

    /**
     * @param k the one number of segments to solve for
     * @return a copy solving for K = {@code k} only
     */
    public PosSettings withSegments(int k) {
        return new PosSettings(k, k, starts, maxIterations, seed, threads, minimumSegmentSize, pls, likelihood);
    }

    /**
     * @param k the largest number of segments
     * @return a copy solving for K = 1..{@code k}
     */
    public PosSettings withMaxSegments(int k) {
        return new PosSettings(1, k, starts, maxIterations, seed, threads, minimumSegmentSize, pls, likelihood);
    }

    /**
     * @param value random starts per K
     * @return the new settings
     */
    public PosSettings withStarts(int value) {
        return new PosSettings(minSegments, maxSegments, value, maxIterations, seed, threads, minimumSegmentSize, pls, likelihood);
    }

    /**
     * @param value hill-climbing passes per start
     * @return the new settings
     */
    public PosSettings withMaxIterations(int value) {
        return new PosSettings(minSegments, maxSegments, starts, value, seed, threads, minimumSegmentSize, pls, likelihood);
    }

    /**
     * @param value the random seed
     * @return the new settings
     */
    public PosSettings withSeed(long value) {
        return new PosSettings(minSegments, maxSegments, starts, maxIterations, value, threads, minimumSegmentSize, pls, likelihood);
    }

    /**
     * @param value the number of threads
     * @return the new settings
     */
    public PosSettings withThreads(int value) {
        return new PosSettings(minSegments, maxSegments, starts, maxIterations, seed, value, minimumSegmentSize, pls, likelihood);
    }

    /**
     * @param value the fewest rows a segment may keep
     * @return the new settings
     */
    public PosSettings withMinimumSegmentSize(int value) {
        return new PosSettings(minSegments, maxSegments, starts, maxIterations, seed, threads, OptionalInt.of(value), pls, likelihood);
    }

    /**
     * @param value the log-likelihood behind the retention criteria
     * @return the new settings
     */
    public PosSettings withLikelihood(PosLikelihood value) {
        return new PosSettings(minSegments, maxSegments, starts, maxIterations, seed, threads, minimumSegmentSize, pls, value);
    }

    /**
     * @param value the PLS settings of every estimate
     * @return the new settings
     */
    public PosSettings withPls(PlsSettings value) {
        return new PosSettings(minSegments, maxSegments, starts, maxIterations, seed, threads, minimumSegmentSize, value, likelihood);
    }
}
