package dev.csimodel.stream;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;

import java.util.Optional;

/**
 * The outcome of estimating one segment's model: either a result or the reason there is none
 * (too few rows, a constant indicator within the segment, a failed estimation).
 *
 * @param segment      the segment key
 * @param rows         rows accumulated for the segment
 * @param observations the sum of the rows' weights (= rows if unweighted)
 * @param result       the estimate, null if the segment failed
 * @param failure      why the segment has no estimate, null if it has one
 * @param <K>          the segment key type
 */
public record SegmentResult<K>(K segment, long rows, double observations, PlsResult result, String failure) {

    /**
     * @throws CsiSpecificationException unless exactly one of result and failure is given
     * @param segment the segment key
     * @param rows rows accumulated for the segment
     * @param observations the sum of the rows' weights (= rows if unweighted)
     * @param result the estimate, null if the segment failed
     * @param failure why the segment has no estimate, null if it has one
     */
    public SegmentResult {
        if ((result == null) == (failure == null)) {
            throw new CsiSpecificationException("segment '" + segment
                    + "': exactly one of result and failure must be given");
        }
    }

    /**
     * @return a successful segment
     * @param segment the segment key
     * @param rows rows accumulated for the segment
     * @param observations the sum of the rows' weights (= rows if unweighted)
     * @param result the estimate, null if the segment failed
     * @param <K> the segment key's type
     */
    public static <K> SegmentResult<K> estimated(K segment, long rows, double observations, PlsResult result) {
        return new SegmentResult<>(segment, rows, observations, result, null);
    }

    /**
     * @return a failed segment with its reason
     * @param segment the segment key
     * @param rows rows accumulated for the segment
     * @param observations the sum of the rows' weights (= rows if unweighted)
     * @param failure why the segment has no estimate, null if it has one
     * @param <K> the segment key's type
     */
    public static <K> SegmentResult<K> failed(K segment, long rows, double observations, String failure) {
        return new SegmentResult<>(segment, rows, observations, null, failure);
    }

    /** @return true if the segment has a result */
    public boolean isEstimated() {
        return result != null;
    }

    /** @return the result if the segment was estimated */
    public Optional<PlsResult> estimate() {
        return Optional.ofNullable(result);
    }
}
