package dev.csimodel.models.ahp;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated pairwise judgment matrix A on Saaty's (1980) scale: {@code a_ij} says how much
 * more important criterion i is than criterion j, from 1 (equal) to 9 (extreme), intermediate
 * values allowed, with reciprocals {@code a_ji = 1 / a_ij} for the other direction.
 *
 * <p>Validation (tolerance {@code tol}, relative): every entry finite and positive;
 * {@code |a_ii - 1| <= tol}; {@code (1/9)(1 - tol) <= a_ij <= 9 (1 + tol)};
 * {@code |a_ij * a_ji - 1| <= tol}. The default tolerance {@value #DEFAULT_TOLERANCE} accepts
 * reciprocals typed with two decimals (0.33 for 1/3 is 1 % off, 0.13 for 1/8 is 4 % off) yet
 * stays below the 12.5 % gap between the closest scale values 8 and 9, so a reciprocal that
 * belongs to another judgment is still caught. Cells are named in messages by 1-based
 * (row, column) and by criterion names.
 */
public final class PairwiseMatrix {

    /** Default relative tolerance for the diagonal, scale and reciprocity checks. */
    public static final double DEFAULT_TOLERANCE = 0.05;
    /** Largest judgment on Saaty's scale; its reciprocal 1/9 is the smallest. */
    public static final double SCALE_MAX = 9.0;
    /** Tolerance for matrices built here: x * (1/x) may differ from 1 by one rounding step. */
    private static final double ROUNDING_TOLERANCE = 1e-12;

    private final List<String> criteria;
    private final double[][] values;

    private PairwiseMatrix(List<String> criteria, double[][] values) {
        this.criteria = criteria;
        this.values = values;
    }

    /**
     * A full matrix with the {@linkplain #DEFAULT_TOLERANCE default tolerance}.
     *
     * @param criteria names of the rows/columns, unique, not blank
     * @param a        the n x n judgments, row i compared with column j
     * @return the validated matrix (a copy of {@code a})
     * @throws CsiSpecificationException if the criteria names are empty, blank or repeated
     * @throws CsiDataException if the matrix is not n x n or a cell fails validation
     */
    public static PairwiseMatrix of(List<String> criteria, double[][] a) {
        return of(criteria, a, DEFAULT_TOLERANCE);
    }

    /**
     * A full matrix with an explicit relative tolerance.
     *
     * @param criteria  names of the rows/columns, unique, not blank
     * @param a         the n x n judgments
     * @param tolerance relative tolerance in [0, 0.5)
     * @return the validated matrix
     * @throws CsiSpecificationException if names or tolerance are invalid
     * @throws CsiDataException if the matrix is not n x n or a cell fails validation
     */
    public static PairwiseMatrix of(List<String> criteria, double[][] a, double tolerance) {
        List<String> names = checkNames(criteria);
        if (!(tolerance >= 0.0 && tolerance < 0.5)) {
            throw new CsiSpecificationException("pairwise matrix tolerance must be in [0, 0.5), got "
                    + tolerance);
        }
        double[][] copy = copySquare(names, a);
        new Validation(names, copy, tolerance).run();
        return new PairwiseMatrix(names, copy);
    }

    /**
     * A matrix from its upper triangle; the diagonal is 1 and the lower triangle the exact
     * reciprocals. Judgments are given row by row: a_12, a_13, ..., a_1n, a_23, ..., a_(n-1)n.
     *
     * @param criteria  names, unique, not blank
     * @param judgments the n(n-1)/2 upper-triangle judgments
     * @return the validated matrix
     * @throws CsiDataException if the number of judgments is wrong or one is off the scale
     */
    public static PairwiseMatrix fromUpperTriangle(List<String> criteria, double... judgments) {
        List<String> names = checkNames(criteria);
        int n = names.size();
        if (judgments.length != n * (n - 1) / 2) {
            throw new CsiDataException("pairwise comparison of " + n + " criteria " + names
                    + " needs " + n * (n - 1) / 2 + " upper-triangle judgments, got " + judgments.length);
        }
        double[][] a = new double[n][n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            a[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                a[i][j] = judgments[k++];
                a[j][i] = 1.0 / a[i][j];
            }
        }
        return of(names, a, ROUNDING_TOLERANCE);
    }

    /** @return the criteria names in row order */
    public List<String> criteria() {
        return criteria;
    }

    /** @return n, the number of criteria */
    public int size() {
        return criteria.size();
    }

    /**
     * @param i row, from 0
     * @param j column, from 0
     * @return a_ij
     */
    public double get(int i, int j) {
        return values[i][j];
    }

    /**
     * @param row    criterion of the row
     * @param column criterion of the column
     * @return the judgment of {@code row} over {@code column}
     * @throws CsiSpecificationException if a name is not a criterion
     */
    public double get(String row, String column) {
        return values[indexOf(row)][indexOf(column)];
    }

    /**
     * @param criterion a criterion's name
     * @return its row/column index from 0
     * @throws CsiSpecificationException if the name is not a criterion
     */
    public int indexOf(String criterion) {
        int i = criteria.indexOf(criterion);
        if (i < 0) {
            throw new CsiSpecificationException("unknown criterion '" + criterion + "'; known: " + criteria);
        }
        return i;
    }

    /** @return a copy of the judgments */
    public double[][] toArray() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }

    private static List<String> checkNames(List<String> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new CsiSpecificationException("a pairwise comparison needs at least one criterion");
        }
        Set<String> seen = new HashSet<>();
        for (String name : criteria) {
            if (name == null || name.isBlank()) {
                throw new CsiSpecificationException("criterion names must not be blank: " + criteria);
            }
            if (!seen.add(name)) {
                throw new CsiSpecificationException("duplicate criterion '" + name + "' in " + criteria);
            }
        }
        return List.copyOf(criteria);
    }

    private static double[][] copySquare(List<String> names, double[][] a) {
        int n = names.size();
        if (a == null || a.length != n) {
            throw new CsiDataException("pairwise matrix for " + names + " must have " + n
                    + " rows, got " + (a == null ? "null" : a.length));
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (a[i] == null || a[i].length != n) {
                throw new CsiDataException("pairwise matrix is not square: row " + (i + 1) + " ('"
                        + names.get(i) + "') has " + (a[i] == null ? 0 : a[i].length)
                        + " columns, expected " + n);
            }
            copy[i] = a[i].clone();
        }
        return copy;
    }

    /** The cell checks, in the order that gives the most specific message first. */
    private record Validation(List<String> names, double[][] a, double tol) {

        void run() {
            int n = names.size();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    checkCell(i, j);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (Math.abs(a[i][j] * a[j][i] - 1.0) > tol) {
                        throw fail(i, j, "is not reciprocal: a(" + (j + 1) + "," + (i + 1) + ") = "
                                + a[j][i] + ", expected " + (1.0 / a[i][j]));
                    }
                }
            }
        }

        private void checkCell(int i, int j) {
            double v = a[i][j];
            if (!Double.isFinite(v) || v <= 0.0) {
                throw fail(i, j, "must be positive and finite");
            }
            if (i == j && Math.abs(v - 1.0) > tol) {
                throw fail(i, j, "is on the diagonal and must be 1");
            }
            if (v < (1.0 / SCALE_MAX) * (1.0 - tol) || v > SCALE_MAX * (1.0 + tol)) {
                throw fail(i, j, "is outside Saaty's scale [1/9, 9]");
            }
        }

        private CsiDataException fail(int i, int j, String problem) {
            return new CsiDataException("pairwise matrix cell (" + (i + 1) + "," + (j + 1) + ") ["
                    + names.get(i) + " vs " + names.get(j) + "] = " + a[i][j] + " " + problem);
        }
    }
}
