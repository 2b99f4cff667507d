/**
 * The SVG figures of the HTML report, also written as standalone files: the path diagram (with
 * its layout search), the 0-100 indices and segments as bars, the importance-performance map,
 * the slope plot of moderation and the trend of survey waves.
 */
package dev.csimodel.report.svg;
