package dev.csimodel.models.ahp;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairwiseMatrixFileTest {

    private static final double EXACT = 1e-12;

    /** A consistent matrix: a_ij = w_i / w_j with w = (4, 2, 1) / 7, so λmax = 3 and CR = 0. */
    private static final String CONSISTENT = """
            criterion,price,service,quality
            price,1,2,4

            service,1/2,1,2
            quality,0.25,1/2,1
            """;

    private static PairwiseMatrix read(String text) {
        return PairwiseMatrixFile.read(new StringReader(text), "m.csv");
    }

    private static String failure(String text) {
        return assertThrows(CsiDataException.class, () -> read(text)).getMessage();
    }

    @Test
    void consistentMatrixGivesItsRatioWeights() {
        PairwiseMatrix m = read(CONSISTENT);
        assertEquals(List.of("price", "service", "quality"), m.criteria());
        assertEquals(0.25, m.get("quality", "price"), EXACT);
        AhpResult r = AhpAnalysis.analyze(m);
        assertEquals(4.0 / 7, r.weight("price"), EXACT);
        assertEquals(2.0 / 7, r.weight("service"), EXACT);
        assertEquals(1.0 / 7, r.weight("quality"), EXACT);
        assertEquals(3.0, r.lambdaMax(), 1e-10);
    }

    @Test
    void layoutErrorsNameLineAndColumn() {
        assertEquals("m.csv, line 5, column 3: 'half' is not a judgment (a number such as 3 or 0.5, or a fraction "
                + "such as 1/3)", failure(CONSISTENT.replace("0.25,1/2", "0.25,half")));
        assertEquals("m.csv, line 4, column 1: row 'quality' where the header's order puts 'service'",
                failure(CONSISTENT.replace("service,1/2", "quality,1/2")));
        assertTrue(failure("criterion,a,b\na,1,2\n").contains("must be square"));
        assertTrue(failure("").contains("empty"));
    }

    @Test
    void matrixThatIsNotReciprocalIsRefusedWithTheFile() {
        String m = failure(CONSISTENT.replace("service,1/2,1,2", "service,1/3,1,2"));
        assertTrue(m.startsWith("m.csv: pairwise matrix cell ("), m);
        assertTrue(m.contains("not reciprocal"), m);
    }
}
