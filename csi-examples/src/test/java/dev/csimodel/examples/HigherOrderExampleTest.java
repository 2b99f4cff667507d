package dev.csimodel.examples;

import dev.csimodel.hierarchy.HigherOrderMethod;
import dev.csimodel.hierarchy.HigherOrderResult;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HigherOrderExampleTest {

    /** Against seminr 2.3.4 (csi-core's seminr_sat_hoc_paths.csv), which stops at its own tolerance. */
    static final double SEMINR = 1e-6;

    @Test
    void threeApproachesAndTheEvaluationOfBothLevels() {
        @SuppressWarnings("unchecked")
        Map<HigherOrderMethod, HigherOrderResult>[] fits = new Map[1];
        String out = ExamplesTest.capture(o -> fits[0] = HigherOrderExample.run(o));
        HigherOrderResult disjoint = fits[0].get(HigherOrderMethod.DISJOINT_TWO_STAGE);
        // seminr two_stage: QV -> SAT 0.73987508309883, EXPE -> QV 0.812944250706136
        assertEquals(0.73987508309883, disjoint.pathCoefficient("QV", "SAT"), SEMINR);
        assertEquals(0.812944250706136, disjoint.pathCoefficient("EXPE", "QV"), SEMINR);
        assertEquals(3, fits[0].size());
        assertTrue(out.contains("DISJOINT_TWO_STAGE"), out);
        assertEquals(0.813, ExamplesTest.column(out, "DISJOINT_TWO_STAGE", 1), 0.0005);
        assertTrue(out.contains("Fornell-Larcker holds"), out);
        // seminr's stage-2 loading of QUAL on QV: 0.940166741738337
        assertTrue(out.contains("QUAL loading 0.940"), out);
    }
}
