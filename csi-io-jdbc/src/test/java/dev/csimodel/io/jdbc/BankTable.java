package dev.csimodel.io.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ECSI bank survey (test resource, copied from the shared data) parsed by hand and written
 * into a real database table with plain JDBC: 27 DOUBLE indicator columns and a VARCHAR gender.
 */
final class BankTable {

    final List<String> names;
    final double[][] rows;
    final List<String> gender;

    private BankTable(List<String> names, double[][] rows, List<String> gender) {
        this.names = names;
        this.rows = rows;
        this.gender = gender;
    }

    static BankTable load() throws IOException {
        try (InputStream in = BankTable.class.getResourceAsStream("/satisfaction/satisfaction.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<String> header = Arrays.stream(lines.get(0).split(",")).map(s -> s.replace("\"", "")).toList();
            List<double[]> rows = new ArrayList<>();
            List<String> gender = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                double[] r = new double[cells.length - 1];
                for (int j = 0; j < r.length; j++) {
                    r[j] = Double.parseDouble(cells[j]);
                }
                rows.add(r);
                gender.add(cells[cells.length - 1].replace("\"", ""));
            }
            return new BankTable(header.subList(0, header.size() - 1), rows.toArray(double[][]::new), gender);
        }
    }

    /** @return column {@code name} of every row */
    double[] column(String name) {
        int j = names.indexOf(name);
        return Arrays.stream(rows).mapToDouble(r -> r[j]).toArray();
    }

    /** Creates table {@code table} in the database at {@code url} holding the survey. */
    /**
     * The bank survey as table {@code survey} of the database at {@code url}, then {@code statements}
     * (the test's own tables) run on it.
     */
    static BankTable database(String url, String... statements) throws IOException, SQLException {
        BankTable bank = load();
        bank.write(url, "survey");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return bank;
    }

    void write(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            List<String> defs = new ArrayList<>();
            names.forEach(n -> defs.add(n + " DOUBLE"));
            defs.add("gender VARCHAR");
            s.execute("create table " + table + " (" + String.join(", ", defs) + ")");
            String marks = String.join(", ", java.util.Collections.nCopies(names.size() + 1, "?"));
            try (PreparedStatement insert = c.prepareStatement("insert into " + table + " values (" + marks + ")")) {
                for (int i = 0; i < rows.length; i++) {
                    for (int j = 0; j < names.size(); j++) {
                        insert.setDouble(j + 1, rows[i][j]);
                    }
                    insert.setString(names.size() + 1, gender.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
