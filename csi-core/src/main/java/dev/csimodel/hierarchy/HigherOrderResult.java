package dev.csimodel.hierarchy;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.QualityCriteria;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The estimate of a model with higher-order constructs: both stages as plain
 * {@link PlsResult}s, and accessors by name in the terms of the model with higher-order
 * constructs. The structural model (paths, R²) and the constructs other than the dimensions come
 * from {@link #structural()}: stage 2 for a two-stage approach, the single run for repeated
 * indicators. The dimensions (lower-order constructs) and their indicators come from
 * {@link #firstStage()}.
 */
public final class HigherOrderResult {

    private final PathModel model;
    private final HigherOrderSettings settings;
    private final PlsResult first;
    private final PlsResult second;
    private final Map<String, HigherOrderMeasurement> measurements = new LinkedHashMap<>();

    HigherOrderResult(PathModel model, HigherOrderSettings settings, PlsResult first, PlsResult second) {
        this.model = model;
        this.settings = settings;
        this.first = first;
        this.second = second;
        for (Construct h : model.higherOrderConstructs()) {
            measurements.put(h.name(), MeasurementComputation.compute(model, h, first, structural(), second != null));
        }
    }

    /** @return the model with higher-order constructs that was estimated */
    public PathModel model() {
        return model;
    }

    /** @return the settings */
    public HigherOrderSettings settings() {
        return settings;
    }

    /** @return the method */
    public HigherOrderMethod method() {
        return settings.method();
    }

    /**
     * @return stage 1: the repeated-indicators run (repeated indicators, embedded two-stage) or
     *         the run without the higher-order constructs (disjoint two-stage)
     */
    public PlsResult firstStage() {
        return first;
    }

    /** @return stage 2 of a two-stage approach; empty for repeated indicators */
    public Optional<PlsResult> secondStage() {
        return Optional.ofNullable(second);
    }

    /** @return the run that holds the model's structural model: stage 2, or the single run */
    public PlsResult structural() {
        return second == null ? first : second;
    }

    /**
     * @return the coefficient of the model's path {@code from -> to}
     * @throws CsiSpecificationException if the model has no such path
     * @param from the name of the path's source construct
     * @param to the name of the path's target construct
     */
    public double pathCoefficient(String from, String to) {
        Arguments.requireNonNull(from, "from");
        Arguments.requireNonNull(to, "to");
        if (!model.hasPath(from, to)) {
            throw new CsiSpecificationException("the model has no path " + from + " -> " + to);
        }
        return structural().pathCoefficient(from, to);
    }

    /**
     * @return R² of {@code construct} in the structural model; empty if exogenous or a dimension
     * @param construct the construct's name
     */
    public OptionalDouble rSquared(String construct) {
        Arguments.requireNonNull(construct, "construct");
        return structuralConstruct(construct) ? structural().rSquared(construct) : OptionalDouble.empty();
    }

    /**
     * @return adjusted R² of {@code construct}; empty if exogenous or a dimension
     * @param construct the construct's name
     */
    public OptionalDouble adjustedRSquared(String construct) {
        Arguments.requireNonNull(construct, "construct");
        return structuralConstruct(construct) ? structural().adjustedRSquared(construct) : OptionalDouble.empty();
    }

    /**
     * @return the outer weight of a manifest indicator (a dimension's from stage 1)
     * @param indicator the indicator's column name
     */
    public double outerWeight(String indicator) {
        Arguments.requireNonNull(indicator, "indicator");
        return runOf(indicator).outerWeight(indicator);
    }

    /**
     * @return the loading of a manifest indicator (a dimension's from stage 1)
     * @param indicator the indicator's column name
     */
    public double loading(String indicator) {
        Arguments.requireNonNull(indicator, "indicator");
        return runOf(indicator).loading(indicator);
    }

    /**
     * @return the measurement model of higher-order construct {@code name} on its dimensions
     * @throws CsiSpecificationException if {@code name} is not a higher-order construct
     * @param name the higher-order construct's name
     */
    public HigherOrderMeasurement measurement(String name) {
        Arguments.requireNonNull(name, "name");
        HigherOrderMeasurement m = measurements.get(name);
        if (m == null) {
            throw new CsiSpecificationException("'" + name + "' is not a higher-order construct; the model's are "
                    + measurements.keySet());
        }
        return m;
    }

    /** @return the measurement models of the higher-order constructs, in declaration order */
    public List<HigherOrderMeasurement> measurements() {
        return List.copyOf(measurements.values());
    }

    /**
     * @return the quality criteria of the lower level (reliability, AVE, HTMT of the dimensions
     *         and of the other constructs with their items): those of {@link #firstStage()}
     */
    public QualityCriteria lowerOrderQuality() {
        return first.quality();
    }

    /**
     * @return the quality criteria of the higher level, where the higher-order constructs are
     *         measured by their dimensions (stage 2) or by the repeated indicators
     */
    public QualityCriteria higherOrderQuality() {
        return structural().quality();
    }

    /** @return the scores of every construct of the model: dimensions from stage 1, the rest from {@link #structural()} */
    public ConstructScores scores() {
        List<String> names = model.constructNames();
        double[][] columns = new double[names.size()][];
        for (int k = 0; k < columns.length; k++) {
            String c = names.get(k);
            columns[k] = (model.higherOrderOf(c).isPresent() ? first : structural()).scores().column(c);
        }
        return ConstructScores.of(names, columns);
    }

    private boolean structuralConstruct(String construct) {
        return model.higherOrderOf(construct).isEmpty();
    }

    private PlsResult runOf(String indicator) {
        for (Construct c : model.constructs()) {
            if (!model.isHigherOrder(c.name()) && c.indicators().contains(indicator)) {
                return model.higherOrderOf(c.name()).isPresent() ? first : structural();
            }
        }
        throw new CsiSpecificationException("unknown indicator '" + indicator + "'; the model has " + model.indicators());
    }
}
