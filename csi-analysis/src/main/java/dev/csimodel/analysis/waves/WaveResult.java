package dev.csimodel.analysis.waves;

import dev.csimodel.Arguments;

import java.util.List;
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

    WaveResult(WaveSettings settings, List<Wave> waves, List<IndexChange> changes, List<WavePaths> paths) {
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

    /** @return the path comparisons of consecutive waves, in time order */
    public List<WavePaths> paths() {
        return paths;
    }
}
