package dev.csimodel.analysis.waves;

import dev.csimodel.Arguments;

import dev.csimodel.bootstrap.Interval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a {@link WaveAnalysis}: each wave's estimation and indices in time order, the
 * index changes between consecutive waves (constructs in model order) and the path changes with
 * MICOM. Immutable.
 */
public final class WaveResult {

    private final WaveSettings settings;
    private final List<Wave> waves;
    private final List<IndexChange> changes;
    private final List<WavePaths> paths;

    private final Map<String, Map<String, Interval>> intervals;

    WaveResult(WaveSettings settings, List<Wave> waves, List<IndexChange> changes, List<WavePaths> paths,
               Map<String, Map<String, Interval>> intervals) {
        this.intervals = Map.copyOf(intervals);
        this.settings = settings;
        this.waves = List.copyOf(waves);
        this.changes = List.copyOf(changes);
        this.paths = List.copyOf(paths);
    }

    /** @return the settings used */
    public WaveSettings settings() {
        return settings;
    }

    /** @return the waves in time order */
    public List<Wave> waves() {
        return waves;
    }

    /**
     * @return the wave labelled {@code label}, if any
     * @param label the wave's label
     */
    public Optional<Wave> wave(String label) {
        Arguments.requireNonNull(label, "label");
        return waves.stream().filter(w -> w.label().equals(label)).findFirst();
    }

    /** @return every index change, pair by pair in time order */
    public List<IndexChange> changes() {
        return changes;
    }

    /**
     * @return the change of {@code construct}'s index into wave {@code to}, if both waves have that index
     * @param to the label of the later wave; the change is from the wave before it
     * @param construct the construct's name
     */
    public Optional<IndexChange> change(String to, String construct) {
        Arguments.requireNonNull(to, "to");
        Arguments.requireNonNull(construct, "construct");
        return changes.stream().filter(c -> c.to().equals(to) && c.construct().equals(construct)).findFirst();
    }

    /**
     * @return the percentile bootstrap interval (level {@link WaveSettings#confidenceLevel()},
     *         {@link WaveSettings#replicates()} resamples of the wave's own rows) of the index of
     *         {@code construct} in wave {@code wave}; empty when the index is undefined or the
     *         bootstrap withheld the interval (more than half of the resamples failed)
     * @param wave the wave's label
     * @param construct the construct's name
     */
    public Optional<Interval> indexInterval(String wave, String construct) {
        Arguments.requireNonNull(wave, "wave");
        Arguments.requireNonNull(construct, "construct");
        return Optional.ofNullable(intervals.getOrDefault(wave, Map.of()).get(construct));
    }

    /** @return the path comparisons of consecutive waves, in time order */
    public List<WavePaths> paths() {
        return paths;
    }
}
