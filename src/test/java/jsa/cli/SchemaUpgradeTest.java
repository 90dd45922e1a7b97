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
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            before = TableContents.of(connection, null, Set.of());
        }

        Result info = cli.run("db", "info");
        Result show = cli.run("interview-prep", "show", "2", "--interview", "1");
        Result apps = cli.run("app", "list", "--format", "csv");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("schema   3");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(TableContents.of(connection, before, Set.of())).isEqualTo(before);
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
}
