package dev.csimodel.models.index;

import dev.csimodel.CsiDataException;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.ordinal.OrdinalEstimator;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.ordinal.OrdinalSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ordinal PLS fit has no indicator means (its moments are polychoric correlations of latent
 * responses), so no 0-100 index can be built on it: refused by name rather than computed from
 * zeros.
 */
class OrdinalFitIndexTest {

    @Test
    void indicesOfAnOrdinalFitAreRefused() {
        OrdinalResult fit = new OrdinalEstimator(PlsSettings.defaults(), OrdinalSettings.indicators("imag1", "imag2"))
                .estimate(BundledData.ecsiBankModel(), BundledData.bankSatisfaction());
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> CsiIndex.of(fit.pls(), IndicatorScales.uniform(Scale.ZERO_TO_TEN)));
        assertTrue(e.getMessage().contains("no means"), e.getMessage());
    }
}
