/**
 * Survey rows from a database through JDBC ({@link dev.csimodel.io.jdbc.JdbcSource}): a table or
 * a query, only the model's columns selected, streamed through a cursor with a fetch size;
 * credentials from the environment or a properties file ({@link dev.csimodel.io.jdbc.JdbcCredentials}),
 * never written into a message ({@link dev.csimodel.io.jdbc.JdbcUrls#redact}).
 */
package dev.csimodel.io.jdbc;
