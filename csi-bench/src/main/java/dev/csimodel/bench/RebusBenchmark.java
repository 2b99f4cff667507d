package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.segmentation.rebus.RebusEstimator;
import dev.csimodel.segmentation.rebus.RebusResult;
import dev.csimodel.segmentation.rebus.RebusSettings;
import dev.csimodel.segmentation.rebus.ResidualClustering;
import dev.csimodel.spec.PathModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * REBUS-PLS on the ECSI bank model (250 × 27) with the default settings (K = 2, stop criterion
 * 0.005, at most 100 reassignments; plspm's defaults): {@link #rebus} is one whole run, the
 * global model, the Ward clustering of its residuals and the iterated local models;
 * {@link #clusterOnly} is the first part on its own (plspm's {@code res.clus}), so the
 * difference is the reassignment loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RebusBenchmark {

    private DataTable data;
    private PathModel model;
    private RebusSettings settings;

    @Setup
    public void setUp() {
        data = BundledData.bankSatisfaction();
        model = BundledData.ecsiBankModel();
        settings = RebusSettings.defaults();
    }

    @Benchmark
    public RebusResult rebus() {
        return RebusEstimator.estimate(model, data, settings);
    }

    @Benchmark
    public ResidualClustering clusterOnly() {
        return RebusEstimator.cluster(model, data, PlsSettings.defaults());
    }
}
