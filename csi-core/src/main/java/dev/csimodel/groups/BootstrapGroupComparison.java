package dev.csimodel.groups;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiException;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.StatisticKey;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bootstrap-based multi-group analysis: the model is bootstrapped in every group separately and
 * every pair of groups gets, per path, Henseler's PLS-MGA, the parametric test and the
 * Welch-Satterthwaite test ({@link MgaMethod}); the permutation test is {@link GroupComparison}.
 * Group g (in label order) is bootstrapped with seed {@code seed + g·0x9E3779B97F4A7C15}, so the
 * result depends on the seed and not on the threads. The p-values are per pair and per path,
 * without correction for multiple testing. Cost: N estimations per group. Immutable.
 */
public final class BootstrapGroupComparison {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final PlsEstimator estimator;
    private final BootstrapSettings settings;

    /**
     * @param estimation how every group (and resample) is estimated
     * @param settings   the bootstrap of each group: resamples, seed, threads
     */
    public BootstrapGroupComparison(PlsSettings estimation, BootstrapSettings settings) {
        Arguments.requireNonNull(estimation, "estimation");
        Arguments.requireNonNull(settings, "settings");
        this.estimator = new PlsEstimator(estimation);
        this.settings = settings;
    }

    /**
     * Compares the groups given by a label per row; groups are ordered by label.
     *
     * @throws CsiDataException if the labels do not match the rows, a label is missing or a group
     *                          cannot be estimated (naming the group)
     * @throws dev.csimodel.CsiSpecificationException if there are fewer than two groups
     * @param model the path model estimated in every group
     * @param data the rows of all groups, without missing values
     * @param labels the group label of each row, one per row of {@code data}, none null
     * @return per-group bootstrap runs and the pairwise path difference tests
     */
    public BootstrapGroupResult compare(PathModel model, DataTable data, String[] labels) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(labels, "labels");
        return compare(model, data, GroupLabels.of(labels, data.rowCount()));
    }

    /**
     * Compares the groups given by an integer code per row; groups are ordered by code.
     * @param model the path model estimated in every group
     * @param data the rows of all groups, without missing values
     * @param codes the group code of each row, one per row of {@code data}
     * @return per-group bootstrap runs and the pairwise path difference tests
     */
    public BootstrapGroupResult compare(PathModel model, DataTable data, int[] codes) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(codes, "codes");
        return compare(model, data, GroupLabels.of(codes, data.rowCount()));
    }

    private BootstrapGroupResult compare(PathModel model, DataTable data, GroupLabels groups) {
        Map<String, BootstrapResult> boots = new LinkedHashMap<>();
        List<String> names = groups.names();
        for (int g = 0; g < names.size(); g++) {
            BootstrapSettings own = settings.withSeed(settings.seed() + GOLDEN * g);
            boots.put(names.get(g), bootstrap(model, data.rows(groups.rows(g)), own, names.get(g)));
        }
        List<BootstrapPairComparison> pairs = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                pairs.add(pair(model, names.get(a), boots.get(names.get(a)), names.get(b), boots.get(names.get(b))));
            }
        }
        return new BootstrapGroupResult(boots, pairs);
    }

    private static BootstrapPairComparison pair(PathModel model, String a, BootstrapResult ra, String b,
                                                BootstrapResult rb) {
        List<BootstrapPathDifference> out = new ArrayList<>();
        int na = (int) Math.round(ra.original().observations());
        int nb = (int) Math.round(rb.original().observations());
        for (StructuralPath p : model.paths()) {
            BootstrapEstimate ea = ra.path(p.from(), p.to());
            BootstrapEstimate eb = rb.path(p.from(), p.to());
            StatisticKey key = StatisticKey.path(p.from(), p.to());
            out.add(new BootstrapPathDifference(p.from(), p.to(), ea.original(), eb.original(),
                    ea.original() - eb.original(), ea.stdError(), eb.stdError(),
                    MgaStatistics.tests(ea.original(), ra.replicates(key), ea.stdError(), na,
                            eb.original(), rb.replicates(key), eb.stdError(), nb)));
        }
        return new BootstrapPairComparison(a, b, out);
    }

    private BootstrapResult bootstrap(PathModel model, DataTable rows, BootstrapSettings own, String group) {
        try {
            return new Bootstrap(estimator, own).run(model, rows);
        } catch (CsiDataException e) {
            throw new CsiDataException("group '" + group + "': " + e.getMessage(), e);
        } catch (CsiException e) {
            throw new CsiEstimationException("group '" + group + "': " + e.getMessage(), e);
        }
    }
}
