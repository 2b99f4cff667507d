package dev.csimodel.io.jdbc;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowChunk;
import dev.csimodel.data.source.RowCollector;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A database table or query as a {@link DataSource}, through JDBC: only the model's columns are
 * selected ({@code select "q1", "q2" from survey}, or from the query as a derived table), and the
 * rows come through a forward-only cursor with a fetch size, so {@link #stream} holds one chunk
 * in memory whatever the size of the table. Columns must be numeric (SQL NULL is missing); a
 * text value in a used column is an error naming row and column.
 *
 * <p>Each call opens its own connection ({@code DriverManager.getConnection(url, properties)})
 * and closes it. Messages name the URL without its password ({@link JdbcUrls#redact}) and never
 * repeat a password from the properties, even when the driver's own message does; the driver's
 * exception is not attached as the cause for the same reason (its SQL state is quoted instead).
 */
public final class JdbcSource implements DataSource {

    /** Rows per round trip of the cursor unless {@link #withFetchSize} says otherwise. */
    public static final int DEFAULT_FETCH_SIZE = 1000;

    /** A table name: identifiers separated by dots, inserted unquoted so the database's own case rules apply. */
    private static final Pattern TABLE_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*(\\.[\\p{L}_][\\p{L}\\p{N}_$]*){0,2}");

    /** Properties whose value is a secret: scrubbed from every message, whatever its length. */
    private static final Pattern SECRET_KEY = Pattern.compile("(?i)pass|pwd|secret|token|key");

    private final String url;
    private final Properties properties;
    private final String relation;
    private final String what;
    private final List<Object> parameters;
    private final int fetchSize;
    private final String description;

    private JdbcSource(String url, Properties properties, String relation, String what, List<Object> parameters,
                       int fetchSize, String description) {
        this.url = url;
        this.properties = properties;
        this.relation = relation;
        this.what = what;
        this.parameters = parameters;
        this.fetchSize = fetchSize;
        this.description = description;
    }

    /**
     * @param url        a JDBC URL, e.g. {@code jdbc:postgresql://db.example.org/survey}
     * @param table      a table name, optionally with schema ({@code public.survey}), unquoted
     * @param properties connection properties (user, password, driver settings; copied)
     * @return the rows of the table
     * @throws CsiSpecificationException if the table name is not a plain (schema-qualified) identifier
     */
    public static JdbcSource table(String url, String table, Properties properties) {
        Arguments.requireNonNull(table, "table");
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new CsiSpecificationException("table name '" + table + "': expected an identifier such as survey or "
                    + "public.survey (letters, digits, _ and $); use a query for anything else");
        }
        return new JdbcSource(requireUrl(url), copy(properties), table, "table " + table, List.of(),
                DEFAULT_FETCH_SIZE, null);
    }

    /**
     * @param url        a JDBC URL
     * @param sql        a SELECT statement; its result is read as a derived table
     *                   ({@code select cols from (sql) csi_rows}), so it may not end in a semicolon
     * @param properties connection properties (copied)
     * @return the rows of the query
     * @throws CsiSpecificationException if the query is empty
     */
    public static JdbcSource query(String url, String sql, Properties properties) {
        Arguments.requireNonNull(sql, "sql");
        String body = sql.strip().replaceAll(";+\\s*$", "");
        if (body.isEmpty()) {
            throw new CsiSpecificationException("the query is empty");
        }
        return new JdbcSource(requireUrl(url), copy(properties), "(" + body + ") csi_rows", "query", List.of(),
                DEFAULT_FETCH_SIZE, null);
    }

    /**
     * @param values the values of the query's {@code ?} placeholders, in order (strings, numbers)
     * @return this source with those parameters
     */
    public JdbcSource withParameters(List<?> values) {
        return new JdbcSource(url, properties, relation, what, List.copyOf(values), fetchSize, description);
    }

    /**
     * @param rows rows per round trip of the cursor, and per streamed chunk (at least 1)
     * @return this source with that fetch size
     * @throws CsiSpecificationException if {@code rows < 1}
     */
    public JdbcSource withFetchSize(int rows) {
        if (rows < 1) {
            throw new CsiSpecificationException("fetch size " + rows + ": must be at least 1");
        }
        return new JdbcSource(url, properties, relation, what, parameters, rows, description);
    }

    /**
     * @param text what messages call this source instead of the redacted URL (e.g. a file read through the engine)
     * @return this source described by {@code text}
     */
    public JdbcSource withDescription(String text) {
        return new JdbcSource(url, properties, relation, what, parameters, fetchSize, Arguments.requireNonNull(text, "text"));
    }

    /** @return the fetch size of the cursor */
    public int fetchSize() {
        return fetchSize;
    }

    /** @return the URL without its password and the table or "query", e.g. {@code jdbc:duckdb:bank.db (table survey)} */
    @Override
    public String description() {
        return description != null ? description : JdbcUrls.redact(url) + " (" + what + ")";
    }

    /** @throws CsiDataException naming the source if the connection or the query fails */
    @Override
    public List<String> columnNames() {
        try (Connection c = connect(); PreparedStatement s = prepare(c, "select * from " + relation + " where 1 = 0");
             ResultSet rs = s.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int j = 1; j <= meta.getColumnCount(); j++) {
                names.add(meta.getColumnLabel(j));
            }
            return List.copyOf(names);
        } catch (SQLException e) {
            throw failure("reading the column names", e);
        } catch (RuntimeException e) {
            throw failure("reading the column names", e);
        }
    }

    /** The rows of {@link #stream}, collected in memory. */
    @Override
    public DataTable read(List<String> columns) {
        RowCollector rows = new RowCollector(columns);
        stream(columns, Optional.empty(), rows);
        return rows.table();
    }

    /**
     * @throws CsiDataException naming the source and the column that is absent, the row and column
     *                          of a value that is not a number, or the failing step of the database
     */
    @Override
    public void stream(List<String> columns, Optional<String> group, Consumer<RowChunk> sink) {
        Arguments.requireNonNull(columns, "columns");
        Arguments.requireNonNull(group, "group");
        Arguments.requireNonNull(sink, "sink");
        requireColumns(columns, group);
        try (Connection c = connect()) {
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            String select = selectList(c, columns, group);
            try (PreparedStatement s = prepare(c, "select " + select + " from " + relation)) {
                s.setFetchSize(fetchSize);
                try (ResultSet rs = s.executeQuery()) {
                    new ResultSetChunks(description(), columns, group.orElse(null), fetchSize).read(rs, sink);
                }
            } finally {
                c.rollback(); // read only: nothing to keep
            }
        } catch (SQLException e) {
            throw failure("reading the rows", e);
        } catch (CsiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure("reading the rows", e);
        }
    }

    private void requireColumns(List<String> columns, Optional<String> group) {
        List<String> names = columnNames();
        List<String> wanted = new ArrayList<>(columns);
        group.ifPresent(wanted::add);
        for (String column : wanted) {
            if (!names.contains(column)) {
                throw new CsiDataException(description() + ": no column '" + column + "'; the columns are " + names);
            }
        }
    }

    /** Column names as the database reported them, quoted so that case and spaces are kept. */
    private static String selectList(Connection c, List<String> columns, Optional<String> group) throws SQLException {
        String q = c.getMetaData().getIdentifierQuoteString();
        String quote = q == null || q.isBlank() ? "" : q.strip();
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            parts.add(quote + column.replace(quote.isEmpty() ? "\0" : quote, quote + quote) + quote);
        }
        group.ifPresent(g -> parts.add(quote + g.replace(quote.isEmpty() ? "\0" : quote, quote + quote) + quote));
        return parts.isEmpty() ? "1" : String.join(", ", parts);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
        } catch (SQLException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private CsiDataException failure(String doing, Exception e) {
        String state = e instanceof SQLException sql && sql.getSQLState() != null ? " (SQL state " + sql.getSQLState() + ")" : "";
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().lines().findFirst().orElse("");
        return new CsiDataException(description() + ": " + doing + " failed: " + scrub(message) + state);
    }

    /** Removes the URL's and the properties' secrets from a driver's message. */
    private String scrub(String message) {
        String out = message.replace(url, JdbcUrls.redact(url));
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (SECRET_KEY.matcher(key).find() && value != null && !value.isEmpty()) {
                out = out.replace(value, "***");
            }
        }
        return JdbcUrls.redact(out);
    }

    private static String requireUrl(String url) {
        Arguments.requireNonNull(url, "url");
        if (!JdbcUrls.isJdbcUrl(url)) {
            throw new CsiSpecificationException("'" + JdbcUrls.redact(url) + "' is not a JDBC URL (jdbc:...)");
        }
        return url;
    }

    private static Properties copy(Properties properties) {
        Properties out = new Properties();
        out.putAll(Arguments.requireNonNull(properties, "properties"));
        return out;
    }
}
