package dev.csimodel.groups;

/**
 * Permutation test of the difference of one path coefficient between two groups (Chin and
 * Dibbern 2010, "An introduction to a permutation based procedure for multi-group PLS
 * analysis", Handbook of Partial Least Squares).
 *
 * <p>{@code difference = β_A − β_B}; with N permutations of the group labels over the pooled
 * rows, {@code p = (1 + #{|d*| ≥ |d|}) / (1 + N)} (two-sided; the +1 counts the observed
 * labelling as one of the permutations, so p is never 0).
 *
 * @param from       the predecessor construct
 * @param to         the dependent construct
 * @param estimateA  the path coefficient in group A
 * @param estimateB  the path coefficient in group B
 * @param difference {@code estimateA − estimateB}
 * @param pValue     the permutation p-value
 */
public record PathDifference(String from, String to, double estimateA, double estimateB, double difference,
                             double pValue) {
}
