package jsa.launcher;

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
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.jobs.GreenhouseBoard;

import mockwebserver3.MockWebServer;

/**
 * kill -9 of a running {@code bin/jsa sync-jobs}, 20 times at random moments (half of them at
 * any time from the start, half once a company is saved, so that some land mid-sync): the
 * database stays consistent, every company is either fully synced or untouched, and the next
 * sync succeeds.
 */
class KilledSyncIT {
    private static final Path ROOT =
            Path.of(System.getProperty("jsa.root", ".")).toAbsolutePath();
    private static final int COMPANIES = 24;
    private static final int POSTINGS = 300;
    // more with -Djsa.kills=N
    private static final int ROUNDS = Integer.getInteger("jsa.kills", 20);

    @TempDir
    Path dir;

    private MockWebServer server;
    private Path companies;

    @BeforeEach
    void boards() throws IOException {
        server = GreenhouseBoard.serve(POSTINGS, 150, () -> "Engineer ");
        companies = Files.writeString(dir.resolve("companies.yaml"), GreenhouseBoard.companies(server, COMPANIES));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aKilledSyncLeavesEveryCompanyWholeOrUntouched() throws Exception {
        Random random = new Random(20261124);
        int partial = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path db = dir.resolve("round" + round + ".db");
            assertThat(jsa(db, "company", "import", companies.toString()).waitFor())
                    .isZero();
            Process sync = jsa(db, "sync-jobs", "--concurrency", "4");
            if (round % 2 == 0) {
                // anywhere from JVM start-up to the first companies' writes
                Thread.sleep(random.nextInt(1500));
            } else {
                awaitFirstSyncedCompany(db, sync);
                Thread.sleep(random.nextInt(400));
            }
            sync.destroyForcibly();
            assertThat(sync.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(integrity(db)).isEqualTo("ok");
            List<Long> afterKill = listingsPerCompany(db);
            assertThat(afterKill).allSatisfy(count -> assertThat(count).isIn(0L, (long) POSTINGS));
            partial += afterKill.contains(0L) && afterKill.contains((long) POSTINGS) ? 1 : 0;
            Process again = jsa(db, "sync-jobs", "--concurrency", "8");
            assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(again.exitValue()).isZero();
            assertThat(listingsPerCompany(db)).hasSize(COMPANIES).containsOnly((long) POSTINGS);
        }
        // the figure for the reliability report
        System.out.printf(
                "KilledSyncIT: %d kills, %d left some companies synced and others untouched%n", ROUNDS, partial);
        // the kills must land mid-sync for this test to mean anything
        assertThat(partial).isPositive();
    }

    // Kill only once the sync has saved something, so the kill lands mid-sync.
    private static void awaitFirstSyncedCompany(Path db, Process sync) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sync.isAlive() && System.nanoTime() < deadline) {
            if (listingsPerCompany(db).stream().anyMatch(count -> count > 0)) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private Process jsa(Path db, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/jsa").toString(), "--db", db.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        // no class-archive training: the launcher must exec the JVM at once, so the kill hits it
        builder.environment().put("JSA_CDS", "0");
        return builder.start();
    }

    private static String integrity(Path db) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<Long> listingsPerCompany(Path db) throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(l.id) FROM company c"
                        + " LEFT JOIN job_listing l ON l.company_id = c.id GROUP BY c.id")) {
            while (rs.next()) {
                counts.add(rs.getLong(1));
            }
        }
        return counts;
    }
}
