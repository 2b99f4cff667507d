package dev.csimodel.segmentation.rebus;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.List;

/**
 * The result of an agglomerative hierarchical clustering of n units: n − 1 merges in the order
 * they were made, each with its height, in R's {@code hclust} convention (plspm's
 * {@code res.clus} returns such an object and plots it so that the user can choose K).
 * Immutable.
 *
 * <p>{@link #ward(double[][])} builds it with Ward's minimum-variance criterion applied, through
 * the Lance-Williams update, to the Euclidean distances of the rows: the heights are those of R's
 * {@code hclust(dist(x), method = "ward.D")} and of amap's {@code hcluster(x, link = "ward")},
 * which plspm calls.
 */
public final class Dendrogram {

    /** The condensed distance array must stay below 2^31 entries (about 17 GB past this). */
    static final int MAX_UNITS = 46_000;

    private final List<Merge> merges;
    private final int units;

    /**
     * One agglomeration. A member is a unit when negative, {@code −(i + 1)} for unit i (from 0),
     * or the cluster formed at merge step m (from 1) when positive, as in R's {@code merge}
     * matrix.
     *
     * @param first  the first member (a unit before a cluster; the smaller of two of a kind)
     * @param second the second member
     * @param height the dissimilarity at which the two were merged
     * @param size   the number of units in the new cluster
     */
    public record Merge(int first, int second, double height, int size) {
    }

    Dendrogram(int units, List<Merge> merges) {
        this.units = units;
        this.merges = List.copyOf(merges);
    }

    /**
     * Ward's hierarchical clustering of the rows by their Euclidean distances, the Lance-Williams
     * recurrence d(i∪j, k) = [(n_i + n_k) d(i,k) + (n_j + n_k) d(j,k) − n_k d(i,j)] / (n_i + n_j + n_k)
     * (Lance and Williams 1967; Ward 1963) on unsquared distances, R's {@code ward.D}. Takes
     * O(n²) memory; time about O(n²) (nearest-neighbour lists, Murtagh 1985). Ties go to the
     * lowest-numbered pair.
     *
     * @param rows one array per unit, all of the same length (not modified)
     * @return the dendrogram
     * @throws CsiSpecificationException if there are fewer than two rows, they are ragged or hold
     *                                   a value that is not finite
     */
    public static Dendrogram ward(double[][] rows) {
        Arguments.requireNonNull(rows, "rows");
        if (rows.length < 2) {
            throw new CsiSpecificationException("hierarchical clustering needs at least 2 units, got " + rows.length);
        }
        if (rows.length > MAX_UNITS) {
            throw new CsiSpecificationException("hierarchical clustering of " + rows.length + " units needs their "
                    + "n(n-1)/2 distances in memory; at most " + MAX_UNITS + " units are supported");
        }
        return new Dendrogram(rows.length, WardLinkage.run(rows));
    }

    /** @return the number of units n */
    public int unitCount() {
        return units;
    }

    /** @return the n − 1 merges in the order made (non-decreasing heights for Ward) */
    public List<Merge> merges() {
        return merges;
    }

    /** @return the heights of the n − 1 merges, in merge order (R's {@code hclust$height}) */
    public double[] heights() {
        return merges.stream().mapToDouble(Merge::height).toArray();
    }

    /**
     * Cuts the tree into {@code k} clusters, undoing the last k − 1 merges. Clusters are numbered
     * from 0 in the order of their first unit, as R's {@code cutree} numbers them (from 1).
     *
     * @param k the number of clusters, 1..n
     * @return the cluster of each unit
     * @throws CsiSpecificationException if k lies outside 1..n
     */
    public int[] cut(int k) {
        if (k < 1 || k > units) {
            throw new CsiSpecificationException("cannot cut " + units + " units into " + k + " clusters");
        }
        int[] parent = new int[units];
        for (int i = 0; i < units; i++) {
            parent[i] = i;
        }
        int[] representative = new int[merges.size()];
        for (int m = 0; m < units - k; m++) {
            int a = unitOf(merges.get(m).first(), representative);
            int b = unitOf(merges.get(m).second(), representative);
            parent[root(parent, b)] = root(parent, a);
            representative[m] = a;
        }
        return numberByFirstUnit(parent);
    }

    private static int unitOf(int member, int[] representative) {
        return member < 0 ? -member - 1 : representative[member - 1];
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }

    private static int[] numberByFirstUnit(int[] parent) {
        int[] label = new int[parent.length];
        int[] labelOfRoot = new int[parent.length];
        java.util.Arrays.fill(labelOfRoot, -1);
        int next = 0;
        for (int i = 0; i < parent.length; i++) {
            int r = root(parent, i);
            if (labelOfRoot[r] < 0) {
                labelOfRoot[r] = next++;
            }
            label[i] = labelOfRoot[r];
        }
        return label;
    }

    @Override
    public String toString() {
        return "Dendrogram[n=" + units + ", top heights=" + merges.subList(Math.max(0, merges.size() - 5), merges.size())
                .stream().map(m -> String.format(java.util.Locale.ROOT, "%.4g", m.height())).toList() + "]";
    }
}
