package dev.csimodel.bootstrap;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A user-defined vector of statistics to bootstrap alongside the built-in ones, e.g. the 0-100
 * customer satisfaction indices of a national CSI model. Each value is reported under
 * {@link StatisticKey#custom(String)} with the corresponding name.
 *
 * <p>Resamples are estimated from moments, so {@link #compute} must work from what a
 * moments-only {@link PlsResult} offers (weights, loadings, paths, {@code moments()} means and
 * standard deviations...) and not from construct scores. It is called concurrently from the
 * worker threads and must be thread-safe (a pure function of its argument is). A
 * {@link dev.csimodel.CsiException} or a non-finite value marks the resample as failed. Sign
 * changes are not applied to custom statistics.
 */
public interface BootstrapStatistic {

    /** @return the names of the computed values, in the order of {@link #compute} */
    List<String> names();

    /**
     * @param result the estimate on the original data or on one resample
     * @return one value per name
     */
    double[] compute(PlsResult result);

    /**
     * @param names    names of the values
     * @param function computes them
     * @return a statistic from a function
     */
    static BootstrapStatistic of(List<String> names, Function<PlsResult, double[]> function) {
        if (names == null || names.isEmpty() || function == null) {
            throw new CsiSpecificationException("a bootstrap statistic needs at least one name and a function");
        }
        List<String> copy = List.copyOf(names);
        return new BootstrapStatistic() {
            @Override
            public List<String> names() {
                return copy;
            }

            @Override
            public double[] compute(PlsResult result) {
                return function.apply(result);
            }
        };
    }

    /**
     * @return a single-valued statistic
     * @param function computes the statistic's single value from one estimate
     * @param name the statistic's name, unique within the run
     */
    static BootstrapStatistic of(String name, ToDoubleFunction<PlsResult> function) {
        if (function == null) {
            throw new CsiSpecificationException("bootstrap statistic '" + name + "' needs a function");
        }
        return of(List.of(name), r -> new double[] {function.applyAsDouble(r)});
    }
}
