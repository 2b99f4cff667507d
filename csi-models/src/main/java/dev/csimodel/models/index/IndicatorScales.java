package dev.csimodel.models.index;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The response scale of each indicator: one scale for the whole questionnaire, optionally
 * overridden per indicator (a 1-5 item in a 1-10 survey). Immutable.
 */
public final class IndicatorScales {

    private final Scale common;
    private final Map<String, Scale> perIndicator;

    private IndicatorScales(Scale common, Map<String, Scale> perIndicator) {
        this.common = common;
        this.perIndicator = Map.copyOf(perIndicator);
    }

    /**
     * @return every indicator on {@code scale}
     * @param scale the response scale shared by every indicator
     */
    public static IndicatorScales uniform(Scale scale) {
        Arguments.requireNonNull(scale, "scale");
        if (scale == null) {
            throw new CsiSpecificationException("the common scale is null");
        }
        return new IndicatorScales(scale, Map.of());
    }

    /**
     * @return a scale per indicator, with no common scale: every indicator must be listed
     * @param scales the response scale of each indicator, by column name
     */
    public static IndicatorScales of(Map<String, Scale> scales) {
        Arguments.requireNonNull(scales, "scales");
        scales.forEach((k, v) -> {
            if (v == null) {
                throw new CsiSpecificationException("the scale of indicator '" + k + "' is null");
            }
        });
        return new IndicatorScales(null, scales);
    }

    /**
     * @return these scales with indicator {@code indicator} on {@code scale}
     * @param indicator the indicator's column name
     * @param scale its response scale
     */
    public IndicatorScales with(String indicator, Scale scale) {
        Arguments.requireNonNull(indicator, "indicator");
        Arguments.requireNonNull(scale, "scale");
        if (scale == null) {
            throw new CsiSpecificationException("the scale of indicator '" + indicator + "' is null");
        }
        Map<String, Scale> m = new HashMap<>(perIndicator);
        m.put(indicator, scale);
        return new IndicatorScales(common, m);
    }

    /** @return the common scale, if one is declared */
    public Optional<Scale> common() {
        return Optional.ofNullable(common);
    }

    /**
     * @return the scale of {@code indicator}: its own declaration, else the common scale
     * @throws CsiSpecificationException naming the indicator if neither is declared
     * @param indicator the indicator's column name
     */
    public Scale scaleOf(String indicator) {
        Arguments.requireNonNull(indicator, "indicator");
        Scale s = perIndicator.get(indicator);
        if (s == null) {
            s = common;
        }
        if (s == null) {
            throw new CsiSpecificationException("no response scale declared for indicator '" + indicator + "'");
        }
        return s;
    }
}
