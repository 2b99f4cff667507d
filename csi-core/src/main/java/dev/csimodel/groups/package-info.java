/**
 * Multi-group analysis: permutation tests of path differences between groups (Chin and
 * Dibbern 2010) and MICOM, the measurement invariance of composites (Henseler, Ringle and
 * Sarstedt 2016); entry point {@link dev.csimodel.groups.GroupComparison}.
 */
package dev.csimodel.groups;
