package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.ipma.Driver;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.models.nca.NcaResult;
import dev.csimodel.models.nca.NcaSettings;
import dev.csimodel.models.nca.NecessityAnalysis;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Necessary condition analysis of the drivers of SAT on the ECSI bank model (250 respondents'
 * 0-100 scores, scale 0-10): the CE-FDH and CR-FDH ceilings, effect sizes, accuracy and
 * bottleneck tables of every driver, without a test ({@link #noPermutations}) and with the
 * approximate permutation test of d, 1,000 permutations, sequential ({@link #thousandPermutations}).
 * The PLS estimate and the scores are made once in setup, so only the NCA is timed; the
 * difference between the two is the cost of the test (linear in rows × drivers × permutations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NcaBenchmark {

    private ConstructScores scores;
    private List<String> drivers;
    private NcaSettings untested;
    private NcaSettings tested;

    @Setup
    public void setUp() {
        DataTable data = BundledData.bankSatisfaction();
        IndicatorScales scales = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
        PlsResult fit = PlsEstimator.withDefaults().estimate(BundledData.ecsiBankModel(), data);
        scores = CsiIndex.of(fit, scales, data).respondents().orElseThrow();
        drivers = ImportancePerformance.constructs(fit, scales, "SAT").drivers().stream().map(Driver::name).toList();
        untested = NcaSettings.defaults().withPermutations(0);
        tested = NcaSettings.defaults().withPermutations(1000).withSeed(1).withParallel(false);
    }

    @Benchmark
    public NcaResult noPermutations() {
        return NecessityAnalysis.of(scores, "SAT", drivers, untested);
    }

    @Benchmark
    public NcaResult thousandPermutations() {
        return NecessityAnalysis.of(scores, "SAT", drivers, tested);
    }
}
