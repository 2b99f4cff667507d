package dev.csimodel.segmentation;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.Arrays;

/**
 * Segment membership of each row: an n × K matrix of probabilities whose rows sum to 1
 * (posterior probabilities for FIMIX-PLS; 0/1 for a hard partition such as PLS-POS or
 * REBUS-PLS). The hard assignment of a row is its most probable segment, the lowest index on a
 * tie. Immutable; segments are numbered from 0.
 */
public final class Memberships {

    private static final double SUM_TOLERANCE = 1e-9;

    private final double[][] probabilities;
    private final int[] assignment;
    private final int segments;

    private Memberships(double[][] probabilities, int segments) {
        this.probabilities = probabilities;
        this.segments = segments;
        this.assignment = new int[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            assignment[i] = argmax(probabilities[i]);
        }
    }

    /**
     * @param probabilities one row per observation, one column per segment, each row summing to 1
     *                      (copied)
     * @return the memberships
     * @throws CsiSpecificationException if the matrix is empty, ragged, holds a value outside
     *                                   [0, 1] or a row that does not sum to 1
     */
    public static Memberships ofProbabilities(double[][] probabilities) {
        Arguments.requireNonNull(probabilities, "probabilities");
        if (probabilities.length == 0 || probabilities[0].length == 0) {
            throw new CsiSpecificationException("memberships need at least one row and one segment");
        }
        int k = probabilities[0].length;
        double[][] copy = new double[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            copy[i] = checkedRow(probabilities[i], i, k);
        }
        return new Memberships(copy, k);
    }

    /**
     * @param labels the segment of each row, in 0..segments-1 (copied)
     * @param segments the number of segments K
     * @return a hard partition
     * @throws CsiSpecificationException if a label lies outside 0..segments-1
     */
    public static Memberships ofAssignment(int[] labels, int segments) {
        Arguments.requireNonNull(labels, "labels");
        if (segments < 1 || labels.length == 0) {
            throw new CsiSpecificationException("memberships need at least one row and one segment");
        }
        double[][] p = new double[labels.length][segments];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= segments) {
                throw new CsiSpecificationException("row " + (i + 1) + ": segment " + labels[i]
                        + " outside 0.." + (segments - 1));
            }
            p[i][labels[i]] = 1.0;
        }
        return new Memberships(p, segments);
    }

    private static double[] checkedRow(double[] row, int i, int k) {
        if (row == null || row.length != k) {
            throw new CsiSpecificationException("membership row " + (i + 1) + " does not have " + k + " segments");
        }
        double sum = 0;
        for (double v : row) {
            if (!(v >= 0 && v <= 1)) {
                throw new CsiSpecificationException("membership row " + (i + 1) + " holds " + v);
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new CsiSpecificationException("membership row " + (i + 1) + " sums to " + sum + ", not 1");
        }
        return row.clone();
    }

    private static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    /** @return the number of rows n */
    public int rowCount() {
        return probabilities.length;
    }

    /** @return the number of segments K */
    public int segmentCount() {
        return segments;
    }

    /**
     * @param row the row, from 0
     * @param segment the segment, from 0
     * @return the probability that {@code row} belongs to {@code segment}
     */
    public double probability(int row, int segment) {
        return probabilities[row][segment];
    }

    /**
     * @param row the row, from 0
     * @return its most probable segment
     */
    public int segmentOf(int row) {
        return assignment[row];
    }

    /** @return the hard assignment of every row (a copy) */
    public int[] assignment() {
        return assignment.clone();
    }

    /**
     * @param segment the segment, from 0
     * @return the rows assigned to {@code segment}, ascending
     */
    public int[] rowsOf(int segment) {
        return java.util.stream.IntStream.range(0, assignment.length)
                .filter(i -> assignment[i] == segment).toArray();
    }

    /**
     * @param segment the segment, from 0
     * @return the segment's relative size, the mean of its membership probabilities
     *         (Sarstedt et al. 2011's ρ_k)
     */
    public double relativeSize(int segment) {
        double sum = 0;
        for (double[] row : probabilities) {
            sum += row[segment];
        }
        return sum / probabilities.length;
    }

    /**
     * Normed entropy of the memberships, EN = 1 − Σ_i Σ_k −p_ik ln p_ik / (n ln K) (Ramaswamy et
     * al. 1993): 1 for a crisp partition, near 0 when every row is spread evenly; empty for K = 1.
     *
     * @return EN, or empty when there is one segment
     */
    public java.util.OptionalDouble normedEntropy() {
        if (segments == 1) {
            return java.util.OptionalDouble.empty();
        }
        double h = 0;
        for (double[] row : probabilities) {
            for (double p : row) {
                if (p > 0) {
                    h -= p * Math.log(p);
                }
            }
        }
        return java.util.OptionalDouble.of(1 - h / (probabilities.length * Math.log(segments)));
    }

    @Override
    public String toString() {
        return "Memberships[n=" + probabilities.length + ", K=" + segments + ", sizes="
                + Arrays.toString(java.util.stream.IntStream.range(0, segments).map(s -> rowsOf(s).length).toArray()) + "]";
    }
}
