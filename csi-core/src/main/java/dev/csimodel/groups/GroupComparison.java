package dev.csimodel.groups;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Multi-group analysis of a PLS path model: the permutation test of path differences (Chin
 * and Dibbern 2010) and MICOM, the measurement invariance of composites, steps 1-3 (Henseler,
 * Ringle and Sarstedt 2016, International Marketing Review 33).
 *
 * <p>The model is estimated in every group. With more than two groups every pair is compared
 * separately (pairwise testing, as Chin and Dibbern's procedure and MICOM are defined for two
 * groups): the permutations of a pair relabel only that pair's rows, so a third group cannot
 * contaminate the null distribution. The p-values are per pair and per path, with no
 * correction for multiple testing. Permutation b of pair q draws from a generator seeded by
 * {@code (seed, q, b)}: the result is deterministic and independent of parallel execution.
 *
 * <p>Cost: 2·N estimations per pair. Immutable and thread-safe.
 */
public final class GroupComparison {

    private final PlsEstimator estimator;
    private final PermutationSettings settings;

    /**
     * @param estimation how every group (and every permuted group) is estimated
     * @param settings   permutations, seed, α and parallelism
     */
    public GroupComparison(PlsSettings estimation, PermutationSettings settings) {
        Arguments.requireNonNull(estimation, "estimation");
        Arguments.requireNonNull(settings, "settings");
        this.estimator = new PlsEstimator(estimation);
        this.settings = settings;
    }

    /**
     * Compares the groups given by a label per row; groups are ordered by label.
     *
     * @throws CsiDataException          if the number of labels differs from the number of rows,
     *                                   a label is missing, or a group cannot be estimated
     * @throws CsiSpecificationException if there are fewer than two groups
     * @param model the path model estimated in every group
     * @param data the rows of all groups, without missing values
     * @param labels the group label of each row, one per row of {@code data}, none null
     * @return the per-group estimates and the pairwise permutation tests
     */
    public GroupComparisonResult compare(PathModel model, DataTable data, String[] labels) {
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
     * @return the per-group estimates and the pairwise permutation tests
     */
    public GroupComparisonResult compare(PathModel model, DataTable data, int[] codes) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(codes, "codes");
        return compare(model, data, GroupLabels.of(codes, data.rowCount()));
    }

    /**
     * Compares groups given as separate tables, labelled by {@code names} in that order.
     *
     * @throws CsiSpecificationException if the names and tables do not pair up, or fewer than
     *                                   two groups are given
     * @param model the path model estimated in every group
     * @param names the group labels, one per table
     * @param groups the groups' rows, one table per group with the same columns
     * @return the per-group estimates and the pairwise permutation tests
     */
    public GroupComparisonResult compare(PathModel model, List<String> names, List<DataTable> groups) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(names, "names");
        Arguments.requireNonNull(groups, "groups");
        if (names.size() != groups.size()) {
            throw new CsiSpecificationException(names.size() + " group names for " + groups.size() + " tables");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new CsiSpecificationException("group names must be distinct, got " + names);
        }
        List<String> cols = model.indicators();
        int total = groups.stream().mapToInt(DataTable::rowCount).sum();
        double[][] columns = new double[cols.size()][total];
        String[] labels = new String[total];
        int offset = 0;
        for (int g = 0; g < groups.size(); g++) {
            DataTable t = groups.get(g);
            for (int j = 0; j < cols.size(); j++) {
                System.arraycopy(column(t, cols.get(j), names.get(g)), 0, columns[j], offset, t.rowCount());
            }
            Arrays.fill(labels, offset, offset + t.rowCount(), names.get(g));
            offset += t.rowCount();
        }
        return compare(model, DataTable.ofColumns(cols, columns), GroupLabels.of(labels, total));
    }

    private static double[] column(DataTable t, String name, String group) {
        if (!t.hasColumn(name)) {
            throw new CsiDataException("the data of group '" + group + "' has no column '" + name + "'");
        }
        return t.column(name);
    }

    private GroupComparisonResult compare(PathModel model, DataTable data, GroupLabels groups) {
        List<String> names = groups.names();
        Map<String, PlsResult> fits = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int g = 0; g < names.size(); g++) {
            fits.put(names.get(g), estimateGroup(model, data.rows(groups.rows(g)), names.get(g)));
            sizes.put(names.get(g), groups.rows(g).length);
        }
        List<PairComparison> pairs = new ArrayList<>();
        int pairIndex = 0;
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                int[] ra = groups.rows(a);
                int[] rb = groups.rows(b);
                int[] both = IntStream.concat(Arrays.stream(ra), Arrays.stream(rb)).toArray();
                PairAnalysis pa = new PairAnalysis(model, estimator, settings, data.rows(both), ra.length, pairIndex++);
                pairs.add(pa.run(names.get(a), names.get(b), fits.get(names.get(a)), fits.get(names.get(b))));
            }
        }
        return new GroupComparisonResult(settings, fits, sizes, pairs);
    }

    private PlsResult estimateGroup(PathModel model, DataTable rows, String group) {
        try {
            return estimator.estimate(model, rows);
        } catch (CsiDataException e) {
            throw new CsiDataException("group '" + group + "': " + e.getMessage(), e);
        } catch (CsiException e) {
            throw new CsiEstimationException("group '" + group + "': " + e.getMessage(), e);
        }
    }
}
