package dev.csimodel.bootstrap;

import dev.csimodel.Arguments;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

/**
 * What one bootstrap resample offers a {@link MomentStatistic}: its final outer weights and its
 * indicators' moments, indexed by an indicator's position in {@code model().indicators()}. A view
 * valid only during the {@link MomentStatistic#compute(ResampleMoments)} call it is passed to.
 */
public interface ResampleMoments {

    /** @return the estimated model */
    PathModel model();

    /** @return the estimation settings */
    PlsSettings settings();

    /** @return the resample's number of observations (sum of weights for weighted data) */
    double observations();

    /**
     * @return the outer weight of indicator {@code i}, as {@link PlsResult#outerWeight}
     * @param i the indicator's position in {@code model().indicators()}
     */
    double outerWeight(int i);

    /**
     * @return the mean of indicator {@code i} in the resample
     * @param i the indicator's position in {@code model().indicators()}
     */
    double mean(int i);

    /**
     * @return the population standard deviation (divisor n) of indicator {@code i} in the resample
     * @param i the indicator's position in {@code model().indicators()}
     */
    double sd(int i);

    /**
     * @param result a full estimate
     * @return its weights and moments as a {@link ResampleMoments}, e.g. to check that a
     *         {@link MomentStatistic} computes from it what it computes from the result
     * @throws dev.csimodel.CsiSpecificationException if {@code result} is null
     */
    static ResampleMoments of(PlsResult result) {
        Arguments.requireNonNull(result, "result");
        java.util.List<String> indicators = result.model().indicators();
        return new ResampleMoments() {
            @Override
            public PathModel model() {
                return result.model();
            }

            @Override
            public PlsSettings settings() {
                return result.settings();
            }

            @Override
            public double observations() {
                return result.observations();
            }

            @Override
            public double outerWeight(int i) {
                return result.outerWeight(indicators.get(i));
            }

            @Override
            public double mean(int i) {
                return result.moments().mean(result.moments().indexOf(indicators.get(i)));
            }

            @Override
            public double sd(int i) {
                return result.moments().sd(result.moments().indexOf(indicators.get(i)));
            }
        };
    }
}
