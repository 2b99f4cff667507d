package dev.csimodel.models.nca;

import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.Bank;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The drivers of SAT on the bank survey against the NCA R package 5.0.1 (values and how they were
 * made: test resources {@code nca/README.md}). R printed d with 15 decimals, the line with 12 and
 * the bottleneck with 10; the tolerances are those print precisions.
 */
class NcaReferenceTest {

    private static final double D_TOL = 1e-12;
    private static final double LINE_TOL = 1e-9;
    private static final double BOTTLENECK_TOL = 1e-8;

    private static final ConstructScores SCORES = scores();

    private static ConstructScores scores() {
        PlsResult fit = PlsEstimator.withDefaults().estimate(BundledData.ecsiBankModel(), Bank.indicators());
        return CsiIndex.of(fit, IndicatorScales.uniform(Scale.ZERO_TO_TEN), Bank.indicators()).respondents()
                .orElseThrow();
    }

    static Stream<Arguments> reference() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                NcaReferenceTest.class.getResourceAsStream("/nca/bank-sat-nca-reference.csv")), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).map(l -> Arguments.of((Object[]) l.split(","))).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reference")
    void agreesWithTheNcaPackage(String scope, String condition, String ce, String cr, String accuracy,
                                 String intercept, String slope, String peers, String bottleneck) {
        NcaSettings s = NcaSettings.defaults().withPermutations(0)
                .withScope(scope.equals("empirical") ? ScopeKind.EMPIRICAL : ScopeKind.THEORETICAL);
        Condition c = NecessityAnalysis.of(SCORES, "SAT", List.of(condition), s).condition(condition);
        assertEquals(Double.parseDouble(ce), c.ceFdh().effectSize(), D_TOL);
        assertEquals(Double.parseDouble(cr), c.crFdh().effectSize(), D_TOL);
        assertEquals(Double.parseDouble(accuracy), c.crFdh().accuracy(), LINE_TOL);
        LineCeiling line = (LineCeiling) c.crFdh().ceiling();
        assertEquals(Double.parseDouble(intercept), line.intercept(), LINE_TOL);
        assertEquals(Double.parseDouble(slope), line.slope(), LINE_TOL);
        assertEquals(Integer.parseInt(peers), c.peers().size());
        String[] rows = bottleneck.split(";");
        assertEquals(rows.length, c.ceFdh().bottleneck().size());
        for (int k = 0; k < rows.length; k++) {
            BottleneckStep step = c.ceFdh().bottleneck().get(k);
            switch (rows[k]) {
                case "NN" -> assertEquals(BottleneckStatus.NOT_NECESSARY, step.status(), "row " + k);
                case "NA" -> assertEquals(BottleneckStatus.NOT_ATTAINED, step.status(), "row " + k);
                default -> assertEquals(Double.parseDouble(rows[k]), step.required().getAsDouble(), BOTTLENECK_TOL,
                        "row " + k);
            }
        }
    }
}
