package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.FitBootstrap;
import dev.csimodel.bootstrap.FitBootstrapResult;
import dev.csimodel.bootstrap.FitMeasure;
import dev.csimodel.bootstrap.ImpliedModel;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.predict.IndicatorPrediction;
import dev.csimodel.predict.PlsPredict;
import dev.csimodel.predict.PredictionResult;
import dev.csimodel.predict.PredictionSettings;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code csi predict} and {@code csi fit} report what the library computes for the same model,
 * rows and seed (the library's values are checked against R elsewhere: PLSpredict in
 * csi-core's predict tests, SRMR and d_ULS against seminr/cSEM in its result tests).
 */
class PredictFitCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static PathModel model() {
        return ModelFile.read(Path.of(CliRun.bankModel()));
    }

    private static DataTable data(PathModel model) {
        return CsvDataReader.withDefaults().read(Path.of(CliRun.bankData()), model.indicators());
    }

    @Test
    void predictReportsPlsPredictOfTheLibrary() throws IOException {
        CliRun run = CliRun.run("predict", "--data", CliRun.bankData(), "--model", CliRun.bankModel(),
                "--folds", "5", "--seed", "9", "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode r = JSON.readTree(run.out());
        PathModel model = model();
        PredictionResult expected = new PlsPredict(PlsSettings.defaults(),
                PredictionSettings.defaults().withFolds(5).withSeed(9)).run(model, data(model));
        assertEquals(250, r.get("observations").asInt());
        assertEquals(expected.all().size(), r.get("indicators").size());
        for (int i = 0; i < expected.all().size(); i++) {
            IndicatorPrediction p = expected.all().get(i);
            JsonNode q = r.get("indicators").get(i);
            assertEquals(p.indicator(), q.get("indicator").asText());
            assertEquals(p.rmse(), q.get("rmse").asDouble(), 0.0);
            assertEquals(p.q2predict(), q.get("q2predict").asDouble(), 0.0);
            assertEquals(p.lmRmse(), q.get("lmRmse").asDouble(), 0.0);
        }
        assertTrue(CliRun.run("predict", "--data", CliRun.bankData(), "--model", CliRun.bankModel()).out()
                .contains("lower RMSE than the linear benchmark"));
    }

    @Test
    void fitReportsTheBollenStineTestOfTheLibraryForAnyThreadCount() throws IOException {
        CliRun one = CliRun.run("fit", "--data", CliRun.bankData(), "--model", CliRun.bankModel(), "--bootstrap", "40",
                "--seed", "5", "--threads", "1", "--format", "json");
        CliRun two = CliRun.run("fit", "--data", CliRun.bankData(), "--model", CliRun.bankModel(), "--bootstrap", "40",
                "--seed", "5", "--threads", "2", "--format", "json");
        assertEquals(0, one.exitCode(), one::toString);
        assertEquals(one.out(), two.out());
        PathModel model = model();
        FitBootstrapResult expected = new FitBootstrap(PlsEstimator.withDefaults(),
                BootstrapSettings.defaults().withResamples(40).withSeed(5).withThreads(1)).run(model, data(model));
        JsonNode srmr = JSON.readTree(one.out()).get("measures").get(0);
        assertEquals("saturated", srmr.get("implied").asText());
        assertEquals("srmr", srmr.get("measure").asText());
        assertEquals(expected.quantiles(ImpliedModel.SATURATED, FitMeasure.SRMR).original(),
                srmr.get("original").asDouble(), 0.0);
        assertEquals(expected.quantiles(ImpliedModel.SATURATED, FitMeasure.SRMR).q95(), srmr.get("hi95").asDouble(), 0.0);
        CliRun bad = CliRun.run("fit", "--data", CliRun.bankData(), "--model", CliRun.bankModel(), "--bootstrap", "0");
        assertEquals(2, bad.exitCode(), bad::toString);
    }
}
