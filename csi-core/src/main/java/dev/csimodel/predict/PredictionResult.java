package dev.csimodel.predict;

import dev.csimodel.CsiSpecificationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a PLSpredict run: one {@link IndicatorPrediction} per indicator of an
 * endogenous construct, in model order. Immutable.
 */
public final class PredictionResult {

    private final PredictionSettings settings;
    private final Map<String, IndicatorPrediction> byIndicator = new LinkedHashMap<>();

    PredictionResult(PredictionSettings settings, List<IndicatorPrediction> indicators) {
        this.settings = settings;
        indicators.forEach(p -> byIndicator.put(p.indicator(), p));
    }

    /** @return the settings used */
    public PredictionSettings settings() {
        return settings;
    }

    /** @return the predicted (endogenous) indicators, in model order */
    public List<String> indicators() {
        return List.copyOf(byIndicator.keySet());
    }

    /** @return the metrics of every predicted indicator, in model order */
    public List<IndicatorPrediction> all() {
        return List.copyOf(byIndicator.values());
    }

    /**
     * @return the metrics of endogenous indicator {@code name}
     * @throws CsiSpecificationException if {@code name} is not an indicator of an endogenous
     *                                   construct
     * @param name the indicator's column name
     */
    public IndicatorPrediction indicator(String name) {
        IndicatorPrediction p = byIndicator.get(name);
        if (p == null) {
            throw new CsiSpecificationException("'" + name + "' is not an indicator of an endogenous construct;"
                    + " predicted indicators are " + indicators());
        }
        return p;
    }

    /**
     * @return the predicted indicators of {@code construct}, in model order
     * @param construct the endogenous construct's name
     */
    public List<IndicatorPrediction> construct(String construct) {
        List<IndicatorPrediction> out = byIndicator.values().stream()
                .filter(p -> p.construct().equals(construct)).toList();
        if (out.isEmpty()) {
            throw new CsiSpecificationException("'" + construct + "' is not an endogenous construct of the model");
        }
        return out;
    }
}
