/**
 * Reader for Excel workbooks (.xlsx, Office Open XML): {@link dev.csimodel.io.excel.XlsxFile#read}
 * gives one sheet's header and its numeric columns as a {@link dev.csimodel.data.DataTable}, empty
 * cells as NaN; a text cell in a requested column is an error naming the cell ({@code survey!C17}).
 */
package dev.csimodel.io.excel;
