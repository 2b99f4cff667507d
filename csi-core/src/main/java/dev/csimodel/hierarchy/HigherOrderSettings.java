package dev.csimodel.hierarchy;

import dev.csimodel.Arguments;
import dev.csimodel.estimate.PlsSettings;

/**
 * Settings of a higher-order estimation. Immutable; change one setting with a wither.
 *
 * @param method how the higher-order constructs are estimated (default
 *               {@link HigherOrderMethod#DISJOINT_TWO_STAGE}: a two-stage approach also suits an
 *               endogenous formative higher-order construct, whose other incoming paths repeated
 *               indicators biases towards zero (Becker, Klein and Wetzels 2012); the embedded and disjoint versions give similar
 *               results (Sarstedt et al. 2019) and the disjoint one is seminr's, so its values
 *               can be checked against another implementation)
 * @param pls    the settings of every PLS run (each stage uses them all)
 */
public record HigherOrderSettings(HigherOrderMethod method, PlsSettings pls) {

    /**
     * Requires both components.
     * @param method how the higher-order constructs are estimated (default
     * {@link HigherOrderMethod#DISJOINT_TWO_STAGE}: a two-stage approach also suits an
     * endogenous formative higher-order construct, whose other incoming paths repeated
     * indicators biases towards zero (Becker, Klein and Wetzels 2012); the embedded and disjoint versions give similar
     * results (Sarstedt et al. 2019) and the disjoint one is seminr's, so its values
     * can be checked against another implementation)
     * @param pls the settings of every PLS run (each stage uses them all)
     */
    public HigherOrderSettings {
        Arguments.requireNonNull(method, "method");
        Arguments.requireNonNull(pls, "pls");
    }

    /** @return the disjoint two-stage approach with {@link PlsSettings#defaults()} */
    public static HigherOrderSettings defaults() {
        return new HigherOrderSettings(HigherOrderMethod.DISJOINT_TWO_STAGE, PlsSettings.defaults());
    }

    /**
     * Returns a copy with {@code method} replaced.
     * @param value the new {@code method}: how the higher-order constructs are estimated (default
     * {@link HigherOrderMethod#DISJOINT_TWO_STAGE}: a two-stage approach also suits an
     * endogenous formative higher-order construct, whose other incoming paths repeated
     * indicators biases towards zero (Becker, Klein and Wetzels 2012); the embedded and disjoint versions give similar
     * results (Sarstedt et al. 2019) and the disjoint one is seminr's, so its values
     * can be checked against another implementation)
     * @return the new settings
     */
    public HigherOrderSettings withMethod(HigherOrderMethod value) {
        return new HigherOrderSettings(value, pls);
    }

    /**
     * Returns a copy with {@code pls} replaced.
     * @param value the new {@code pls}: the settings of every PLS run (each stage uses them all)
     * @return the new settings
     */
    public HigherOrderSettings withPls(PlsSettings value) {
        return new HigherOrderSettings(method, value);
    }
}
