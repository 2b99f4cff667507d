/**
 * Reading survey data from files into {@link dev.csimodel.data.DataTable}s: {@link
 * dev.csimodel.io.CsvDataReader} streams a CSV file, parsing only the requested columns, and
 * reports malformed input with file, line, row and column.
 */
package dev.csimodel.io;
