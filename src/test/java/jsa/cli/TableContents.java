package jsa.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every row of a database's tables as text, to prove that something changed nothing. */
final class TableContents {
    private TableContents() {}

    /** The tables of {@code db} but {@code skipped} (and Flyway's and SQLite's own). */
    static Map<String, List<String>> of(Path db, Set<String> skipped) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return of(connection, null, skipped);
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + db, e);
        }
    }

    /**
     * Each table's header line, then its rows in rowid order; with {@code columnsOf} (what an
     * earlier call returned), only the columns each table had then, so that columns a migration
     * added are left out.
     */
    static Map<String, List<String>> of(Connection connection, Map<String, List<String>> columnsOf, Set<String> skipped)
            throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite%' AND name <> 'flyway_schema_history' ORDER BY name")) {
            while (rs.next()) {
                if (!skipped.contains(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        for (String table : names) {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    columns.add(rs.getMetaData().getColumnName(i));
                }
                List<String> kept = columnsOf == null ? columns : header(columnsOf.get(table));
                rows.add(String.join("|", kept));
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (String column : kept) {
                        row.append(rs.getString(column)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            tables.put(table, rows);
        }
        return tables;
    }

    private static List<String> header(List<String> rows) {
        return rows == null ? List.of() : List.of(rows.get(0).split("\\|"));
    }
}
