package dev.csimodel.examples;

import dev.csimodel.bootstrap.MediationEffect;
import dev.csimodel.bootstrap.MediationType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediationExampleTest {

    /** seminr 2.3.4 on the same data (shared reference seminr_sat_specific_indirect.csv). */
    static final double SEMINR_TOL = 1e-6;

    @Test
    void routesIntoSatAndLoyWithTheirTypes() {
        @SuppressWarnings("unchecked")
        List<MediationEffect>[] result = new List[1];
        String out = ExamplesTest.capture(o -> result[0] = MediationExample.run(o, 400));
        // 4 routes IMAG->SAT, 3 EXPE->SAT, 1 QUAL->SAT, 5 IMAG->LOY, 4 EXPE->LOY, 2 QUAL->LOY, 1 VAL->LOY
        assertEquals(20, result[0].size());
        MediationEffect serial = find(result[0], "IMAG -> EXPE -> QUAL -> VAL -> SAT");
        assertEquals(0.18118952790385, serial.indirect().original(), SEMINR_TOL);
        // seminr's 95% percentile interval [0.115, 0.255] excludes 0, and IMAG -> SAT is significant
        assertEquals(MediationType.COMPLEMENTARY, serial.type().orElseThrow());
        // EXPE -> QUAL -> VAL -> SAT -> LOY: significant, and the model has no EXPE -> LOY path
        assertEquals(MediationType.INDIRECT_ONLY, find(result[0], "EXPE -> QUAL -> VAL -> SAT -> LOY").type().orElseThrow());
        assertTrue(out.contains("IMAG -> EXPE -> QUAL -> VAL -> SAT"), out);
        assertTrue(out.contains("COMPLEMENTARY"), out);
    }

    static MediationEffect find(List<MediationEffect> effects, String label) {
        return effects.stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }
}
