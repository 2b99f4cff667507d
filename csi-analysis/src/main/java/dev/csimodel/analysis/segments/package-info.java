/**
 * Segments (regions, stores, genders) of one CSI model compared side by side: each segment's
 * size, 0-100 indices, paths and R², optionally with per-segment bootstrap intervals, and the
 * comparison of every pair of segments: MICOM (Henseler, Ringle and Sarstedt 2016) before the
 * permutation tests of the path differences (Chin and Dibbern 2010) and of the index
 * differences, with Holm-adjusted p-values over the whole family of tests. Entry point {@link
 * dev.csimodel.analysis.segments.SegmentComparison}.
 */
package dev.csimodel.analysis.segments;
