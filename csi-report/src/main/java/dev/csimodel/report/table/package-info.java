/**
 * The tables of a report ({@link dev.csimodel.report.table.TableReport#of(dev.csimodel.report.EstimationReport)}
 * and its siblings; the table definitions in {@link dev.csimodel.report.table.EstimationTables})
 * and their formats: Markdown pipe tables,
 * LaTeX tabulars, one CSV file per table and an xlsx workbook with one sheet per table.
 */
package dev.csimodel.report.table;
