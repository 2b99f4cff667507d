package dev.csimodel.hierarchy;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.OuterMode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The measurement model of one higher-order construct, its dimensions taken as its indicators
 * (Sarstedt, Hair, Cheah, Becker and Ringle 2019, section 4): the loading of each dimension
 * {@code λ_d = cor(score_d, score_HOC)} (for a two-stage approach the stage-2 loading; for
 * repeated indicators the correlation of the run's scores, equal to the path between them),
 * the stage-2 weight (two-stage only), the VIF of each dimension on the others
 * {@code (R⁻¹)_dd} (R the dimensions' score correlations; for a Mode B higher-order construct
 * the collinearity check the paper prescribes), and for a Mode A higher-order construct
 * reliability and convergent validity on the higher level:
 * Cronbach's {@code α = m/(m−1)·(1 − m/ΣR)}, {@code ρC = (Σλ)²/((Σλ)² + Σ(1 − λ²))},
 * {@code AVE = Σλ²/m} (Fornell and Larcker 1981) and Dijkstra-Henseler's ρA from the stage-2
 * weights. Quantities that do not apply are empty. For the Fornell-Larcker criterion
 * {@link #correlations()} gives the higher-order construct's correlation with each construct of
 * the structural run (its own dimensions excluded), to compare with √AVE.
 *
 * @param construct    the higher-order construct
 * @param mode         its outer mode on its dimensions
 * @param dimensions   its dimensions, in declaration order
 * @param loadings     λ per dimension
 * @param weights      stage-2 outer weight per dimension (empty map for repeated indicators)
 * @param vifs         VIF per dimension; a dimension is absent when R is singular
 * @param alpha        Cronbach's alpha on the dimensions' scores; empty for Mode B
 * @param rhoC         composite reliability; empty for Mode B
 * @param ave          average variance extracted; empty for Mode B
 * @param rhoA         ρA; empty for Mode B and for repeated indicators (no weights on the dimensions)
 * @param correlations correlation of the higher-order construct's score with each other construct
 */
public record HigherOrderMeasurement(String construct, OuterMode mode, List<String> dimensions,
                                     Map<String, Double> loadings, Map<String, Double> weights,
                                     Map<String, Double> vifs, OptionalDouble alpha, OptionalDouble rhoC,
                                     OptionalDouble ave, OptionalDouble rhoA, Map<String, Double> correlations) {

    /**
     * Requires every component and copies the collections, so the measurement stays immutable.
     * @param construct the higher-order construct
     * @param mode its outer mode on its dimensions
     * @param dimensions its dimensions, in declaration order
     * @param loadings λ per dimension
     * @param weights stage-2 outer weight per dimension (empty map for repeated indicators)
     * @param vifs VIF per dimension; a dimension is absent when R is singular
     * @param alpha Cronbach's alpha on the dimensions' scores; empty for Mode B
     * @param rhoC composite reliability; empty for Mode B
     * @param ave average variance extracted; empty for Mode B
     * @param rhoA ρA; empty for Mode B and for repeated indicators (no weights on the dimensions)
     * @param correlations correlation of the higher-order construct's score with each other construct
     */
    public HigherOrderMeasurement {
        Arguments.requireNonNull(construct, "construct");
        Arguments.requireNonNull(mode, "mode");
        Arguments.requireNonNull(dimensions, "dimensions");
        Arguments.requireNonNull(loadings, "loadings");
        Arguments.requireNonNull(weights, "weights");
        Arguments.requireNonNull(vifs, "vifs");
        Arguments.requireNonNull(alpha, "alpha");
        Arguments.requireNonNull(rhoC, "rhoC");
        Arguments.requireNonNull(ave, "ave");
        Arguments.requireNonNull(rhoA, "rhoA");
        Arguments.requireNonNull(correlations, "correlations");
        dimensions = List.copyOf(dimensions);
        loadings = Map.copyOf(loadings);
        weights = Map.copyOf(weights);
        vifs = Map.copyOf(vifs);
        correlations = Map.copyOf(correlations);
    }

    /**
     * @return λ of {@code dimension}
     * @param dimension the name of one of the lower-order constructs
     */
    public double loading(String dimension) {
        return require(loadings, dimension);
    }

    /**
     * @return the stage-2 weight of {@code dimension}; empty for repeated indicators
     * @param dimension the name of one of the lower-order constructs
     */
    public OptionalDouble weight(String dimension) {
        require(loadings, dimension);
        Double w = weights.get(dimension);
        return w == null ? OptionalDouble.empty() : OptionalDouble.of(w);
    }

    /**
     * @return the VIF of {@code dimension}; empty when the dimensions are exactly collinear
     * @param dimension the name of one of the lower-order constructs
     */
    public OptionalDouble vif(String dimension) {
        require(loadings, dimension);
        Double v = vifs.get(dimension);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** @return √AVE, the Fornell-Larcker diagonal; empty for Mode B */
    public OptionalDouble sqrtAve() {
        return ave.isPresent() ? OptionalDouble.of(Math.sqrt(ave.getAsDouble())) : OptionalDouble.empty();
    }

    /**
     * @return whether √AVE exceeds the absolute correlation with every other construct (Fornell
     *         and Larcker 1981); empty for Mode B
     */
    public Optional<Boolean> fornellLarckerHolds() {
        if (ave.isEmpty()) {
            return Optional.empty();
        }
        double root = sqrtAve().getAsDouble();
        return Optional.of(correlations.values().stream().allMatch(r -> Math.abs(r) < root));
    }

    private double require(Map<String, Double> map, String dimension) {
        Arguments.requireNonNull(dimension, "dimension");
        Double v = map.get(dimension);
        if (v == null) {
            throw new CsiSpecificationException("'" + dimension + "' is not a dimension of higher-order construct '"
                    + construct + "'; its dimensions are " + dimensions);
        }
        return v;
    }
}
