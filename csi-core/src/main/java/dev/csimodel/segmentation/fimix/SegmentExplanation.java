package dev.csimodel.segmentation.fimix;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.segmentation.AdjustedRandIndex;
import dev.csimodel.segmentation.Memberships;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The explanatory step of FIMIX-PLS (Sarstedt et al. 2011, step 4; Ringle et al. 2010): which
 * observed variables describe the latent segments. Each label column is crossed with the hard
 * segment assignment and ranked by Cramér's V (Cramér 1946), then by the adjusted Rand index.
 *
 * <p>Why both: V measures association on a 0-1 scale whatever the number of labels, so a
 * region column with eight values that splits along the segments scores high even though it
 * cannot reproduce two segments; the adjusted Rand index (Hubert and Arabie 1985) measures
 * whether the labels reproduce the partition itself, so it is high only for a column that could
 * stand in for the segments. The ranking uses V, the criterion of the explanatory step;
 * the ARI is reported beside it.
 */
public final class SegmentExplanation {

    private SegmentExplanation() {
    }

    /**
     * @param memberships the segments (their hard assignment is used)
     * @param labels      the label columns, each with one value per row
     * @return one agreement per column, best first (V descending, empty V last, then ARI, then input order)
     * @throws CsiSpecificationException naming the column if its length differs from the memberships'
     */
    public static List<LabelAgreement> rank(Memberships memberships, List<ObservedLabels> labels) {
        Arguments.requireNonNull(memberships, "memberships");
        Arguments.requireNonNull(labels, "labels");
        List<LabelAgreement> out = new ArrayList<>();
        for (ObservedLabels l : labels) {
            if (l.values().size() != memberships.rowCount()) {
                throw new CsiSpecificationException("label column '" + l.name() + "' has " + l.values().size()
                        + " values for " + memberships.rowCount() + " rows");
            }
            out.add(agreement(memberships.assignment(), l));
        }
        out.sort(Comparator.comparingDouble((LabelAgreement a) -> -a.cramersV().orElse(-1))
                .thenComparingDouble(a -> -a.adjustedRand().orElse(-2)));
        return List.copyOf(out);
    }

    /**
     * Numeric label columns of a table (codes such as 1 = female, 2 = male; NaN missing).
     *
     * @param memberships the segments
     * @param data        the rows, in the memberships' order
     * @param columns     the label columns
     * @return {@link #rank(Memberships, List)} of those columns
     * @throws CsiSpecificationException naming a column the table does not have
     */
    public static List<LabelAgreement> rank(Memberships memberships, DataTable data, List<String> columns) {
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(columns, "columns");
        List<ObservedLabels> labels = new ArrayList<>();
        for (String c : columns) {
            if (!data.hasColumn(c)) {
                throw new CsiSpecificationException("no label column '" + c + "'; the columns are " + data.columnNames());
            }
            List<String> values = new ArrayList<>();
            for (double v : data.column(c)) {
                values.add(Double.isNaN(v) ? null : Double.toString(v));
            }
            labels.add(new ObservedLabels(c, values));
        }
        return rank(memberships, labels);
    }

    private static LabelAgreement agreement(int[] segment, ObservedLabels labels) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        List<Integer> seg = new ArrayList<>();
        List<Integer> lab = new ArrayList<>();
        for (int i = 0; i < segment.length; i++) {
            String v = labels.values().get(i);
            if (v != null) {
                seg.add(segment[i]);
                lab.add(codes.computeIfAbsent(v, x -> codes.size()));
            }
        }
        int[] a = seg.stream().mapToInt(Integer::intValue).toArray();
        int[] b = lab.stream().mapToInt(Integer::intValue).toArray();
        double chi = chiSquare(a, b);
        int r = (int) seg.stream().distinct().count();
        int c = codes.size();
        int q = Math.min(r, c) - 1;
        OptionalDouble v = q < 1 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(chi / (a.length * (double) q)));
        OptionalDouble ari = a.length < 2 ? OptionalDouble.empty() : OptionalDouble.of(AdjustedRandIndex.between(a, b));
        return new LabelAgreement(labels.name(), a.length, c, chi, v, ari);
    }

    /** Pearson's χ² = Σ (n_ab − r_a c_b / n)² / (r_a c_b / n) over the non-empty margins. */
    private static double chiSquare(int[] a, int[] b) {
        int ra = 0;
        int rb = 0;
        for (int i = 0; i < a.length; i++) {
            ra = Math.max(ra, a[i] + 1);
            rb = Math.max(rb, b[i] + 1);
        }
        double[][] n = new double[ra][rb];
        double[] rows = new double[ra];
        double[] cols = new double[rb];
        for (int i = 0; i < a.length; i++) {
            n[a[i]][b[i]]++;
            rows[a[i]]++;
            cols[b[i]]++;
        }
        double chi = 0;
        for (int s = 0; s < ra; s++) {
            for (int t = 0; t < rb; t++) {
                double e = rows[s] * cols[t] / a.length;
                if (e > 0) {
                    chi += (n[s][t] - e) * (n[s][t] - e) / e;
                }
            }
        }
        return chi;
    }
}
