package dev.csimodel.examples;

import dev.csimodel.CsiException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.Coefficient;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.io.PrintStream;
import java.util.List;
import java.util.Random;

/**
 * How an application embeds the library: build a model with the fluent API, hand over data held
 * in its own arrays, read typed results by name, and handle the library's one exception family.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** A small service-style model: product quality and service quality drive satisfaction. */
    static PathModel model() {
        return PathModel.builder()
                .construct("PRODUCT").modeA("p1", "p2", "p3")
                .construct("SERVICE").modeA("s1", "s2", "s3")
                .construct("SAT").modeA("sat1", "sat2")
                .path("PRODUCT", "SAT")
                .path("SERVICE", "SAT")
                .build();
    }

    /** Stand-in for the application's own data: 500 answers simulated from a known model. */
    static DataTable applicationData() {
        Random rnd = new Random(2024);
        double[][] rows = new double[500][8];
        for (double[] row : rows) {
            double product = rnd.nextGaussian();
            double service = 0.4 * product + Math.sqrt(1 - 0.16) * rnd.nextGaussian();
            double sat = 0.5 * product + 0.3 * service + 0.7 * rnd.nextGaussian();
            double[] latent = {product, product, product, service, service, service, sat, sat};
            for (int j = 0; j < 8; j++) {
                row[j] = 7 + 1.5 * (0.85 * latent[j] + 0.5 * rnd.nextGaussian());
            }
        }
        return DataTable.ofRows(List.of("p1", "p2", "p3", "s1", "s2", "s3", "sat1", "sat2"), rows);
    }

    public static PlsResult run(PrintStream out) {
        PlsEstimator estimator = new PlsEstimator(PlsSettings.defaults().withScheme(InnerScheme.PATH));
        PlsResult result;
        try {
            result = estimator.estimate(model(), applicationData());
        } catch (CsiException e) {
            // Every deliberate failure is a CsiException whose message names the culprit.
            out.println("could not estimate: " + e.getMessage());
            throw e;
        }
        for (String driver : List.of("PRODUCT", "SERVICE")) {
            Coefficient c = result.path(driver, "SAT");
            out.printf("%s -> SAT: %.3f (t = %.2f, p = %.4f)%n", driver, c.estimate(), c.tValue().orElseThrow(),
                    c.pValue().orElseThrow());
        }
        out.printf("R2(SAT) = %.3f, converged = %s%n", result.rSquared("SAT").orElseThrow(), result.converged());
        return result;
    }
}
