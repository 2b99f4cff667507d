/**
 * Apache Parquet files as a {@link dev.csimodel.data.source.DataSource}
 * ({@link dev.csimodel.io.parquet.ParquetFile}), read by DuckDB's embedded engine: only the
 * model's columns are read, streamed in chunks.
 */
package dev.csimodel.io.parquet;
