package dev.csimodel.analysis.rollup;

import dev.csimodel.Arguments;
import dev.csimodel.models.index.SegmentIndices;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of a {@link Rollup}: the index of every construct at every node that has one
 * (companies, industries, sectors, the nation, each in hierarchy order, constructs in model
 * order), the nodes without an index and why, the company-level estimation behind them, and
 * the bootstrap's diagnostics. Immutable.
 */
public final class RollupResult {

    /** The name of the single {@link Level#NATIONAL} node. */
    public static final String NATIONAL = "national";

    private final RollupSettings settings;
    private final List<RollupIndex> indices;
    private final List<Exclusion> exclusions;
    private final SegmentIndices companies;
    private final int replicates;
    private final int failedReplicates;

    RollupResult(RollupSettings settings, List<RollupIndex> indices, List<Exclusion> exclusions,
                 SegmentIndices companies, int replicates, int failedReplicates) {
        this.settings = settings;
        this.indices = List.copyOf(indices);
        this.exclusions = List.copyOf(exclusions);
        this.companies = companies;
        this.replicates = replicates;
        this.failedReplicates = failedReplicates;
    }

    /** @return the settings used */
    public RollupSettings settings() {
        return settings;
    }

    /** @return every index, companies first, then industries, sectors and the nation */
    public List<RollupIndex> indices() {
        return indices;
    }

    /**
     * @return the indices of level {@code level}, in hierarchy order
     * @param level the hierarchy level (company, industry, sector or nation)
     */
    public List<RollupIndex> indices(Level level) {
        Arguments.requireNonNull(level, "level");
        return indices.stream().filter(i -> i.level() == level).toList();
    }

    /**
     * @return the index of {@code construct} at node {@code name} of {@code level}, if it has one
     * @param level the hierarchy level
     * @param name the node's name at that level (company, industry or sector name)
     * @param construct the construct's name
     */
    public Optional<RollupIndex> estimate(Level level, String name, String construct) {
        Arguments.requireNonNull(level, "level");
        Arguments.requireNonNull(name, "name");
        Arguments.requireNonNull(construct, "construct");
        return indices.stream().filter(i -> i.level() == level && i.name().equals(name)
                && i.construct().equals(construct)).findFirst();
    }

    /**
     * @return the value of {@link #estimate}, empty when that node has no index of {@code construct}
     * @param level the hierarchy level
     * @param name the node's name at that level (company, industry or sector name)
     * @param construct the construct's name
     */
    public OptionalDouble index(Level level, String name, String construct) {
        return estimate(level, name, construct).map(i -> OptionalDouble.of(i.value())).orElse(OptionalDouble.empty());
    }

    /**
     * @return the national index of {@code construct}, if any company has one
     * @param construct the construct's name
     */
    public OptionalDouble national(String construct) {
        return index(Level.NATIONAL, NATIONAL, construct);
    }

    /** @return the nodes without any index, with the reason, in hierarchy order */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /** @return the company indices and fits behind the rollup (on the data, not a replicate) */
    public SegmentIndices companies() {
        return companies;
    }

    /** @return the bootstrap replicates requested, 0 without bootstrap */
    public int replicates() {
        return replicates;
    }

    /** @return the replicates that failed and were dropped */
    public int failedReplicates() {
        return failedReplicates;
    }
}
