/**
 * One abstraction over where survey rows come from ({@link dev.csimodel.data.source.DataSource}):
 * CSV files, SPSS and Excel files, Parquet files and databases implement it in their own
 * modules, so that a caller reads the model's columns into a {@link dev.csimodel.data.DataTable}
 * or streams them into a {@link dev.csimodel.data.MomentAccumulator} without knowing the format.
 */
package dev.csimodel.data.source;
