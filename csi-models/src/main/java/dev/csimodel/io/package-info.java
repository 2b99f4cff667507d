/**
 * Reading survey data from files into {@link dev.csimodel.data.DataTable}s: {@link
 * dev.csimodel.io.CsvDataReader} streams a CSV file, parsing only the requested columns, and
 * reports malformed input with file, line, row and column; {@link dev.csimodel.io.CsvRowStream}
 * hands the same rows over one at a time without keeping them (for moments of files larger than
 * the heap).
 */
package dev.csimodel.io;
