/**
 * The reports of csimodel: report records built from the estimation and analysis results
 * ({@link dev.csimodel.report.EstimationReport} by {@link dev.csimodel.report.ReportBuilder},
 * {@link dev.csimodel.report.ComparisonReport}, {@link dev.csimodel.report.RollupReport},
 * {@link dev.csimodel.report.SegmentsReport}, {@link dev.csimodel.report.WaveTable}), their text, JSON and
 * self-contained HTML writers ({@link dev.csimodel.report.ReportFormat}), and
 * {@link dev.csimodel.report.ReportFiles}, which writes a report to a file without ever
 * overwriting an input or leaving a half-written file. The JSON layout is described in
 * docs/json-report.md.
 */
package dev.csimodel.report;
