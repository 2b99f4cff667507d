package dev.csimodel.groups;

import java.util.OptionalDouble;

/**
 * One bootstrap-based test of a path difference ({@link MgaMethod}).
 *
 * @param method    the test
 * @param statistic the t statistic, or Henseler's probability P(β_A ≤ β_B)
 * @param df        the degrees of freedom of the t statistic; empty for Henseler's test
 * @param pValue    the two-sided p-value
 */
public record MgaTest(MgaMethod method, double statistic, OptionalDouble df, double pValue) {
}
