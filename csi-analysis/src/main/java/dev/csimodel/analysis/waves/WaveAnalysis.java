package dev.csimodel.analysis.waves;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.groups.GroupComparison;
import dev.csimodel.groups.PairComparison;
import dev.csimodel.groups.PermutationSettings;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One CSI model over survey waves: every wave estimated on its own, its 0-100 indices (Fornell
 * et al. 1996), and for each wave after the first the change since the previous one:
 * <ul>
 *   <li>each wave's indices with a percentile bootstrap interval, resampling the wave's own rows
 *       ({@link WaveIntervals});</li>
 *   <li>index changes with a bootstrap interval and a permutation p-value ({@link IndexChanges});</li>
 *   <li>path changes by the permutation test of Chin and Dibbern (2010), and MICOM steps 1-3
 *       (Henseler, Ringle and Sarstedt 2016), through {@link GroupComparison}: a change of a
 *       composite's index is comparable only where MICOM finds at least partial invariance.</li>
 * </ul>
 * Waves are compared in the order given. The same seed gives the same result. Stateless.
 */
public final class WaveAnalysis {

    /** The fewest respondents a wave needs to be estimated. */
    public static final int MINIMUM_WAVE_SIZE = 2;

    private WaveAnalysis() {
    }

    /**
     * @param model     the bound path model
     * @param data      the respondents of all waves, with the model's columns
     * @param waveOfRow the wave of each data row
     * @param order     the waves in time order, each once
     * @param scales    the indicators' response scales
     * @param settings  permutations, replicates, seed, levels
     * @return every wave's estimation and index, and the changes between consecutive waves
     * @throws CsiDataException          naming the row of a wave not in {@code order}, or a wave
     *                                   with too few respondents or whose estimation fails
     * @throws CsiSpecificationException if fewer than two waves are given or one repeats
     */
    public static WaveResult run(PathModel model, DataTable data, List<String> waveOfRow, List<String> order,
                                 IndicatorScales scales, WaveSettings settings) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(waveOfRow, "waveOfRow");
        Arguments.requireNonNull(order, "order");
        Arguments.requireNonNull(scales, "scales");
        Arguments.requireNonNull(settings, "settings");
        List<DataTable> tables = split(data, waveOfRow, order);
        List<Wave> waves = new ArrayList<>();
        for (int w = 0; w < order.size(); w++) {
            waves.add(estimate(model, tables.get(w), order.get(w), scales, settings));
        }
        List<String> constructs = model.constructs().stream().map(Construct::name).toList();
        IndexChanges inference = new IndexChanges(model, scales, constructs, settings);
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<IndexChange> changes = new ArrayList<>();
        List<WavePaths> paths = new ArrayList<>();
        for (int w = 1; w < waves.size(); w++) {
            changes.addAll(inference.compare(waves.get(w - 1), tables.get(w - 1), waves.get(w), tables.get(w),
                    random.split()));
            paths.add(paths(model, waves.get(w - 1), tables.get(w - 1), waves.get(w), tables.get(w), settings, w));
        }
        Map<String, Map<String, Interval>> intervals = new HashMap<>();
        for (int w = 0; w < waves.size(); w++) {
            intervals.put(order.get(w), WaveIntervals.of(model, tables.get(w), scales, settings, w));
        }
        return new WaveResult(settings, waves, changes, paths, intervals);
    }

    private static List<DataTable> split(DataTable data, List<String> waveOfRow, List<String> order) {
        if (order.size() < 2) {
            throw new CsiSpecificationException("a wave comparison needs at least two waves, got " + order);
        }
        Map<String, Integer> index = new HashMap<>();
        for (String w : order) {
            if (index.putIfAbsent(Arguments.requireNonNull(w, "wave"), index.size()) != null) {
                throw new CsiSpecificationException("wave '" + w + "' is listed twice in " + order);
            }
        }
        if (waveOfRow.size() != data.rowCount()) {
            throw new CsiDataException("the data has " + data.rowCount() + " rows but " + waveOfRow.size()
                    + " wave labels were given");
        }
        List<List<Integer>> rows = new ArrayList<>();
        order.forEach(w -> rows.add(new ArrayList<>()));
        for (int r = 0; r < waveOfRow.size(); r++) {
            Integer w = waveOfRow.get(r) == null ? null : index.get(waveOfRow.get(r));
            if (w == null) {
                throw new CsiDataException("data row " + (r + 1) + ": wave '" + waveOfRow.get(r)
                        + "' is not one of the waves " + order);
            }
            rows.get(w).add(r);
        }
        List<DataTable> out = new ArrayList<>();
        for (int w = 0; w < order.size(); w++) {
            if (rows.get(w).size() < MINIMUM_WAVE_SIZE) {
                throw new CsiDataException("wave '" + order.get(w) + "' has " + rows.get(w).size()
                        + " respondent(s); a wave needs at least " + MINIMUM_WAVE_SIZE + " to be estimated");
            }
            out.add(data.rows(rows.get(w).stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    private static Wave estimate(PathModel model, DataTable rows, String label, IndicatorScales scales,
                                 WaveSettings settings) {
        try {
            PlsResult fit = new PlsEstimator(settings.estimation()).estimate(model, rows);
            return new Wave(label, rows.rowCount(), fit, CsiIndex.of(fit, scales));
        } catch (CsiException e) {
            throw new CsiDataException("wave '" + label + "': " + e.getMessage(), e);
        }
    }

    private static WavePaths paths(PathModel model, Wave before, DataTable beforeRows, Wave after, DataTable afterRows,
                                   WaveSettings settings, int pair) {
        PermutationSettings permutations = PermutationSettings.defaults().withPermutations(settings.permutations())
                .withSeed(settings.seed() + pair).withAlpha(settings.alpha());
        PairComparison comparison = new GroupComparison(settings.estimation(), permutations)
                .compare(model, List.of(after.label(), before.label()), List.of(afterRows, beforeRows)).pair();
        return new WavePaths(before.label(), after.label(), comparison);
    }
}
