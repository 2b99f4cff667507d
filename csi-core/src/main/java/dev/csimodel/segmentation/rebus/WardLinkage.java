package dev.csimodel.segmentation.rebus;

import dev.csimodel.CsiSpecificationException;

import java.util.ArrayList;
import java.util.List;

/**
 * Ward's agglomeration on Euclidean distances with nearest-neighbour lists: each active cluster
 * i keeps its nearest active neighbour among the clusters numbered above it, so the closest pair
 * is the smallest of those n distances. Ward's Lance-Williams update satisfies the reducibility
 * property (d(i∪j, k) ≥ min(d(i,k), d(j,k))), so the merged pair is always the global minimum
 * and the heights never decrease.
 */
final class WardLinkage {

    private final int n;
    private final double[] d;
    private final int[] size;
    private final boolean[] active;
    private final int[] nn;
    private final double[] nnDistance;
    /** The dendrogram member that cluster slot i currently stands for. */
    private final int[] member;

    private WardLinkage(double[][] rows) {
        n = rows.length;
        d = distances(rows);
        size = new int[n];
        active = new boolean[n];
        nn = new int[n];
        nnDistance = new double[n];
        member = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            active[i] = true;
            member[i] = -(i + 1);
        }
    }

    static List<Dendrogram.Merge> run(double[][] rows) {
        WardLinkage w = new WardLinkage(rows);
        for (int i = 0; i < w.n - 1; i++) {
            w.updateNeighbour(i);
        }
        List<Dendrogram.Merge> merges = new ArrayList<>(w.n - 1);
        for (int step = 1; step < w.n; step++) {
            merges.add(w.mergeClosest(step));
        }
        return merges;
    }

    private static double[] distances(double[][] rows) {
        int n = rows.length;
        int p = rows[0].length;
        double[] d = new double[n * (n - 1) / 2];
        for (int i = 0; i < n; i++) {
            if (rows[i] == null || rows[i].length != p) {
                throw new CsiSpecificationException("row " + (i + 1) + " does not have " + p + " coordinates");
            }
            for (double v : rows[i]) {
                if (!Double.isFinite(v)) {
                    throw new CsiSpecificationException("row " + (i + 1) + " holds " + v);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0;
                for (int c = 0; c < p; c++) {
                    double e = rows[i][c] - rows[j][c];
                    s += e * e;
                }
                d[index(n, i, j)] = Math.sqrt(s);
            }
        }
        return d;
    }

    /** Position of pair (i, j), i &lt; j, in the condensed upper triangle. */
    private static int index(int n, int i, int j) {
        return i * n - i * (i + 1) / 2 + (j - i - 1);
    }

    private double dist(int i, int j) {
        return i < j ? d[index(n, i, j)] : d[index(n, j, i)];
    }

    private void setDist(int i, int j, double v) {
        d[i < j ? index(n, i, j) : index(n, j, i)] = v;
    }

    /** Recomputes the nearest active neighbour of i among the active clusters above it. */
    private void updateNeighbour(int i) {
        double best = Double.POSITIVE_INFINITY;
        int at = -1;
        for (int j = i + 1; j < n; j++) {
            if (active[j] && d[index(n, i, j)] < best) {
                best = d[index(n, i, j)];
                at = j;
            }
        }
        nn[i] = at;
        nnDistance[i] = best;
    }

    private Dendrogram.Merge mergeClosest(int step) {
        int i = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n - 1; k++) {
            if (active[k] && nn[k] >= 0 && nnDistance[k] < best) {
                best = nnDistance[k];
                i = k;
            }
        }
        int j = nn[i];
        Dendrogram.Merge merge = record(member[i], member[j], best, size[i] + size[j]);
        lanceWilliams(i, j, best);
        active[j] = false;
        size[i] += size[j];
        member[i] = step;
        refreshNeighbours(i, j);
        return merge;
    }

    private static Dendrogram.Merge record(int a, int b, double height, int size) {
        // R's convention: a unit (negative) before a cluster; two of a kind by magnitude
        boolean swap = (a > 0 && b < 0) || (a < 0 && b < 0 && b > a) || (a > 0 && b > 0 && b < a);
        return swap ? new Dendrogram.Merge(b, a, height, size) : new Dendrogram.Merge(a, b, height, size);
    }

    /** Ward's update of the distances from the new cluster (kept in slot i) to every other. */
    private void lanceWilliams(int i, int j, double dij) {
        for (int k = 0; k < n; k++) {
            if (!active[k] || k == i || k == j) {
                continue;
            }
            double v = ((size[i] + size[k]) * dist(i, k) + (size[j] + size[k]) * dist(j, k) - size[k] * dij)
                    / (size[i] + size[j] + size[k]);
            setDist(i, k, v);
        }
    }

    private void refreshNeighbours(int i, int j) {
        for (int k = 0; k < n - 1; k++) {
            if (!active[k]) {
                continue;
            }
            if (k == i || nn[k] == i || nn[k] == j) {
                updateNeighbour(k);
            } else if (k < i && dist(k, i) < nnDistance[k]) {
                nn[k] = i;
                nnDistance[k] = dist(k, i);
            }
        }
    }
}
