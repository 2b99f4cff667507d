package dev.csimodel.bootstrap;

import dev.csimodel.result.PlsResult;

/**
 * A {@link BootstrapStatistic} that needs only a resample's outer weights and indicator moments,
 * e.g. the 0-100 indices of a CSI model. The bootstrap then estimates each resample without
 * building a full {@link PlsResult} (much faster), calling {@link #compute(ResampleMoments)};
 * the original estimate still goes through {@link #compute(PlsResult)}.
 *
 * <p>Contract: for a result estimated from moments without value ranges (as a resample's are),
 * {@code compute(ResampleMoments.of(result))} returns what {@code compute(result)} returns, bit
 * for bit, and fails where it fails. Called concurrently; must be thread-safe.
 */
public interface MomentStatistic extends BootstrapStatistic {

    /**
     * @param resample the resample's weights and moments, valid during this call only
     * @return one value per name; a {@link dev.csimodel.CsiException} or a non-finite value marks
     *         the resample as failed
     */
    double[] compute(ResampleMoments resample);
}
