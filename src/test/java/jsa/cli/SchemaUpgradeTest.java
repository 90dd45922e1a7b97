package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/**
 * A database made by the first released schema ({@code db/schema-v1.sql}) opened by this jsa:
 * migrated to the current schema with every row and value kept, and usable by the commands.
 */
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneDatabaseIsUpgradedWithNoDataLost() throws IOException, SQLException {
        CliRunner cli = new CliRunner(dir);
        Path file = cli.defaultDatabase();
        Files.createDirectories(file.getParent());
        Map<String, List<String>> before;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(Files.readString(Path.of("src/test/resources/db/schema-v1.sql")));
            before = contents(connection, null);
        }

        Result info = cli.run("db", "info");
        Result show = cli.run("interview-prep", "show", "2", "--interview", "1");
        Result apps = cli.run("app", "list", "--format", "csv");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("schema   2");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(contents(connection, before)).isEqualTo(before);
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT count(*) FROM interview_preparation_base" + " WHERE edited_at IS NULL")) {
                assertThat(rs.next() && rs.getInt(1) == 1).isTrue();
            }
        }
        assertThat(before.get("application")).hasSize(1 + 42); // the header, then the rows
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out())
                .contains("# Interview preparation: Senior Backend Engineer, Payments at Northwind Analytics")
                .contains("### Predicted questions");
        assertThat(apps.out().lines()).hasSize(43);
    }

    /**
     * Every user table's rows as text, in rowid order; with {@code columnsOf}, only the columns
     * each table had then, so that columns a migration added are left out.
     */
    private static Map<String, List<String>> contents(Connection connection, Map<String, List<String>> columnsOf)
            throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite%' AND name <> 'flyway_schema_history' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
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
