package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;
import jsa.jobs.GreenhouseBoard;

import mockwebserver3.MockWebServer;

/**
 * {@code jsa db backup} while a sync writes (the reliability suite): every copy passes {@code
 * PRAGMA integrity_check}, and holds each company either fully synced or not at all, as the
 * sync's per-company transactions left the database at that moment.
 */
class BackupDuringSyncTest {
    private static final int COMPANIES = 12;
    private static final int POSTINGS = 400;
    private static final int BACKUPS = 6;

    @TempDir
    Path dir;

    @Test
    void backupsTakenDuringASyncAreWholeAndConsistent() throws Exception {
        try (MockWebServer server = GreenhouseBoard.serve(POSTINGS, 100, () -> "Engineer ")) {
            CliRunner cli = new CliRunner(dir);
            Path companies =
                    Files.writeString(dir.resolve("companies.yaml"), GreenhouseBoard.companies(server, COMPANIES));
            assertThat(cli.run("company", "import", companies.toString()).exitCode())
                    .isZero();

            CompletableFuture<Result> sync =
                    CompletableFuture.supplyAsync(() -> cli.run("sync-jobs", "--concurrency", "2"));
            List<Path> copies = new ArrayList<>();
            for (int i = 0; i < BACKUPS && !sync.isDone(); i++) {
                Path copy = dir.resolve("backup-" + i + ".db");
                Result backup = cli.run("db", "backup", copy.toString());
                assertThat(backup.exitCode()).as(backup.err()).isZero();
                copies.add(copy);
            }

            assertThat(sync.get().exitCode()).as(sync.get().err()).isZero();
            assertThat(copies).hasSizeGreaterThan(1);
            List<Long> totals = new ArrayList<>();
            for (Path copy : copies) {
                assertThat(query(copy, "PRAGMA integrity_check"))
                        .as(copy.toString())
                        .containsExactly("ok");
                List<String> perCompany = query(
                        copy,
                        "SELECT count(l.id) FROM company c"
                                + " LEFT JOIN job_listing l ON l.company_id = c.id GROUP BY c.id");
                assertThat(perCompany)
                        .as(copy.toString())
                        .hasSize(COMPANIES)
                        .allMatch(count -> count.equals("0") || count.equals(Integer.toString(POSTINGS)));
                totals.add(perCompany.stream().mapToLong(Long::parseLong).sum());
            }
            // the copies were taken while the sync ran: the first has less than everything
            assertThat(totals.get(0)).isLessThan((long) COMPANIES * POSTINGS);
        }
    }

    private static List<String> query(Path db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
