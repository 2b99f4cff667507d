package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.IndexBootstrap;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.ipma.ImpactBootstrap;
import dev.csimodel.models.ipma.ImpactDraws;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code csi estimate --bootstrap N --scale 0:10}: the impacts of the priority list, the map and
 * the indicator table carry percentile intervals, equal to those of the library's bootstrap with
 * the same seed and resamples (bank survey, the test resource equal to BundledData), and the same
 * for one and two threads.
 */
class ImpactIntervalsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode ipma(String threads) throws IOException {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--bootstrap", "200",
                "--seed", "5", "--threads", threads, "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out()).get("ipma");
    }

    @Test
    void impactIntervalsAreTheLibrarysPercentilesForAnyThreadCount() throws IOException {
        JsonNode ipma = ipma("2");
        assertEquals(ipma, ipma("1"));
        PathModel model = ModelFile.read(Path.of(bankModel()));
        IndicatorScales scales = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
        PlsResult fit = PlsEstimator.withDefaults().estimate(model, BundledData.bankSatisfaction());
        String target = ipma.get("target").asText();
        BootstrapResult boot = new Bootstrap(PlsEstimator.withDefaults(), BootstrapSettings.defaults()
                .withResamples(200).withSeed(5).withThreads(1).withIntervals(IntervalMethod.PERCENTILE),
                List.of(IndexBootstrap.statistic(model, scales), ImpactBootstrap.statistic(fit, scales, target)))
                .run(model, BundledData.bankSatisfaction().select(model.indicators()));
        ImpactDraws draws = ImpactBootstrap.draws(boot, fit, scales, target);
        for (JsonNode p : ipma.get("priorities")) {
            Interval ci = draws.constructInterval(p.get("name").asText()).orElseThrow();
            assertEquals(ci.lower(), p.get("impactLower").asDouble(), 1e-12, p::toString);
            assertEquals(ci.upper(), p.get("impactUpper").asDouble(), 1e-12, p::toString);
            assertTrue(ci.contains(p.get("impact").asDouble()), p::toString);
        }
        for (JsonNode d : ipma.get("drivers")) {
            assertEquals(draws.constructInterval(d.get("name").asText()).orElseThrow().lower(),
                    d.get("impactLower").asDouble(), 1e-12);
        }
        for (JsonNode i : ipma.get("indicators")) {
            assertEquals(draws.indicatorInterval(i.get("name").asText()).orElseThrow().upper(),
                    i.get("impactUpper").asDouble(), 1e-12);
        }
    }

    @Test
    void withoutBootstrapThereIsNoIntervalAndTheTextSaysSo() throws IOException {
        CliRun plain = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--format",
                "json");
        JsonNode p = JSON.readTree(plain.out()).get("ipma").get("priorities").get(0);
        assertFalse(p.has("impactLower"), p::toString);
        CliRun text = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--bootstrap",
                "100");
        assertTrue(text.out().contains("impact CI"), text::toString);
        CliRun html = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--bootstrap",
                "100", "--format", "html");
        assertTrue(html.out().contains("<th>impact CI</th>"), html::toString);
    }
}
