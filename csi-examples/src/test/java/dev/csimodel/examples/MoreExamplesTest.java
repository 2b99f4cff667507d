package dev.csimodel.examples;

import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.models.index.SegmentIndices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoreExamplesTest {

    @Test
    void acsiIndexPerStoreFromACsv(@TempDir Path dir) {
        Path csv = AcsiSegmentsExample.writeSurvey(dir.resolve("survey.csv"));
        SegmentIndices[] result = new SegmentIndices[1];
        String out = ExamplesTest.capture(o -> result[0] = AcsiSegmentsExample.run(csv, o));
        assertEquals(3, result[0].segments().size());
        assertEquals(200, result[0].segment("north").orElseThrow().size());
        // Pooled weights: the size-weighted mean of the store indices is the pooled index.
        double weighted = result[0].segments().stream().mapToDouble(s -> s.size() * s.index().requireIndex("SAT")).sum() / 600;
        assertEquals(result[0].pooled().orElseThrow().requireIndex("SAT"), weighted, 1e-9);
        // The stores were simulated with perceived quality rising from north to south.
        double north = result[0].segment("north").orElseThrow().index().requireIndex("SAT");
        double south = result[0].segment("south").orElseThrow().index().requireIndex("SAT");
        assertTrue(south > north + 3, out);
        assertEquals(north, ExamplesTest.column(out, "north", 2), 0.005);
    }

    @Test
    void bootstrapIntervalsCoverTheStrongPaths() {
        BootstrapResult[] boot = new BootstrapResult[1];
        String out = ExamplesTest.capture(o -> boot[0] = BootstrapExample.run(o, 300));
        BootstrapEstimate valSat = boot[0].path("VAL", "SAT");
        // plspm path scheme: VAL -> SAT 0.580032041527705 (t = 9.7 with OLS SE 0.0598).
        assertEquals(0.580032041527705, valSat.original(), 1e-6);
        assertTrue(valSat.percentile().lower() > 0.4 && valSat.percentile().upper() < 0.75);
        assertTrue(valSat.stdError() > 0.03 && valSat.stdError() < 0.10);
        // EXPE -> SAT is not significant (plspm p = 0.897): its interval covers zero.
        assertTrue(boot[0].path("EXPE", "SAT").percentile().lower() < 0);
        assertTrue(out.contains("VAL->SAT"));
        assertEquals(300, boot[0].used());
    }

    @Test
    void moderationReproducesSeminrAndReportsTheSlopes() {
        dev.csimodel.moderation.SlopeAnalysisResult[] r = new dev.csimodel.moderation.SlopeAnalysisResult[1];
        String out = ExamplesTest.capture(o -> r[0] = ModerationExample.run(o, 200));
        var effect = r[0].moderation().interactionEffect("IMAG:VAL", "SAT");
        // seminr 2.3.4 two_stage (shared reference seminr_sat_mod_two_stage_interaction_scale.csv)
        assertEquals(-0.0503266152390751, effect.coefficient(), 1e-6);
        assertEquals(-0.0340143629873723, effect.seminrCoefficient(), 1e-6);
        var slopes = r[0].slopes("IMAG:VAL", "SAT");
        assertEquals(effect.seminrCoefficient(), slopes.high().slope() - slopes.mean().slope(), 1e-12);
        assertTrue(slopes.mean().significant(), "IMAG -> SAT at the mean of VAL (seminr t = 3.3)");
        assertTrue(out.contains("IMAG -> SAT at VAL +1 SD"), out);
    }
}
