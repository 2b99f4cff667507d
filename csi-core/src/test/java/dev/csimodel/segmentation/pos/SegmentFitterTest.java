package dev.csimodel.segmentation.pos;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The moment-updated segment fits of the hill climb against full PLS estimates on the same rows. */
class SegmentFitterTest {

    private static void assertSameAsPlsEstimator(PathModel model, PlsSettings settings) {
        DataTable data = BankData.table();
        ModelLayout layout = new ModelLayout(model);
        double[][] rows = PosRows.centred(data, model.indicators());
        SegmentFitter fitter = new SegmentFitter(model, layout, settings, PosRows.minimumVariance(rows, 1e-12));
        // every row in, then every third row out again: the running sums must end where a
        // fresh accumulation of the remaining rows would
        SegmentSums sums = new SegmentSums(layout.indicators);
        for (double[] row : rows) {
            sums.add(row);
        }
        for (int i = 0; i < rows.length; i += 3) {
            sums.remove(rows[i]);
        }
        int[] kept = IntStream.range(0, rows.length).filter(i -> i % 3 != 0).toArray();
        PlsResult direct = new PlsEstimator(settings).estimate(model, data.rows(kept));
        SegmentFit fit = fitter.fit(sums);
        for (int b = 0; b < layout.endogenous.length; b++) {
            String to = layout.constructNames.get(layout.endogenous[b]);
            assertEquals(direct.rSquared(to).getAsDouble(), fit.rSquared(b), 1e-10, "R² of " + to);
            for (int q = 0; q < layout.predecessors[b].length; q++) {
                String from = layout.constructNames.get(layout.predecessors[b][q]);
                assertEquals(direct.pathCoefficient(from, to), fit.path(b, q), 1e-10, from + " -> " + to);
            }
        }
    }

    @Test
    void modeAPathsAndRSquaredEqualThePlsEstimators() {
        assertSameAsPlsEstimator(BankData.model(OuterMode.A), PlsSettings.defaults());
    }

    @Test
    void modeBAndCentredScalingToo() {
        assertSameAsPlsEstimator(BankData.model(OuterMode.B), PlsSettings.defaults());
        assertSameAsPlsEstimator(BankData.model(OuterMode.A), PlsSettings.defaults().withScaling(Scaling.CENTRED));
    }

    @Test
    void aSegmentWithAConstantIndicatorCannotBeFitted() {
        PathModel model = BankData.model(OuterMode.A);
        ModelLayout layout = new ModelLayout(model);
        double[][] rows = PosRows.centred(BankData.table(), model.indicators());
        SegmentFitter fitter = new SegmentFitter(model, layout, PlsSettings.defaults(), PosRows.minimumVariance(rows, 1e-12));
        SegmentSums sums = new SegmentSums(layout.indicators);
        for (int i = 0; i < 30; i++) {
            sums.add(rows[0]);
        }
        assertEquals(null, fitter.fit(sums));
    }
}
