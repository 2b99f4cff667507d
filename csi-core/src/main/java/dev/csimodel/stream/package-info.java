/**
 * One-pass (streaming) estimation: PLS path modelling needs only the indicators' means and
 * covariance matrix, so data of any size can be reduced row by row, in fixed memory, to
 * {@link dev.csimodel.data.Moments} and estimated with
 * {@link dev.csimodel.estimate.PlsEstimator#estimate(dev.csimodel.spec.PathModel, dev.csimodel.data.Moments)}.
 *
 * <p>{@link dev.csimodel.data.MomentAccumulator} accumulates one set of moments (mergeable
 * across threads and machines, Chan, Golub and LeVeque 1979);
 * {@link dev.csimodel.stream.SegmentedAccumulator} one per segment, estimated together into
 * {@link dev.csimodel.stream.SegmentResult}s. A reader of any format plugs in through an
 * {@code Iterator<double[]>}:
 * <pre>{@code
 * MomentAccumulator acc = MomentAccumulator.accumulate(model.indicators(), rows);
 * PlsResult result = PlsEstimator.withDefaults().estimate(model, acc.toMoments());
 * }</pre>
 * Results from moments have every statistic of an in-memory estimate except construct scores
 * (which need the rows).
 */
package dev.csimodel.stream;
