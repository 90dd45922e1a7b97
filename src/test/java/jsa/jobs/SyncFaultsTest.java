package jsa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.bench.FakeBoardServer;
import jsa.bench.FakeBoardServer.Fault;
import jsa.db.Database;
import jsa.http.HttpClients;
import jsa.http.JsonFetcher;
import jsa.http.RetryPolicy;

import okhttp3.OkHttpClient;

/**
 * Faults during sync over the five platforms (R1): 105 generated scenarios, each a copy of a
 * synced database and a sync in which one to three boards fail with one of the faults while the
 * others have new postings. Every faulty board is reported with its reason and keeps its
 * listings exactly, none is marked stale, and every other board's new postings are saved.
 */
class SyncFaultsTest {
    private static final int BOARDS = 10;
    private static final int BEFORE = 120;
    private static final int AFTER = 125;
    // more with -Djsa.faults.scenarios=N
    private static final int SCENARIOS = Integer.getInteger("jsa.faults.scenarios", 105);

    @TempDir
    Path dir;

    @Test
    void aFaultyBoardIsReportedAndKeepsItsListingsWhileTheOthersAreSaved() throws Exception {
        try (FakeBoardServer boards = new FakeBoardServer(BOARDS, BEFORE, 0, 1)) {
            Path template = dir.resolve("template.db");
            Database synced = Database.open(template);
            CompanyService companies = new CompanyService(synced.jdbi());
            boards.companies().forEach(companies::add);
            companies.saveSearch(new SearchConfig("Engineer", List.of(), true));
            assertThat(sync(synced.jdbi()).failures()).isZero();
            checkpoint(synced);
            boards.postings(AFTER);

            Random random = new Random(20261124);
            Map<Fault, Integer> scenarios = new EnumMap<>(Fault.class);
            for (int scenario = 0; scenario < SCENARIOS; scenario++) {
                Fault fault = Fault.values()[scenario % Fault.values().length];
                Set<Integer> faulty = new TreeSet<>();
                int count = 1 + random.nextInt(3);
                while (faulty.size() < count) {
                    faulty.add(random.nextInt(BOARDS));
                }
                Path file = Files.copy(template, dir.resolve("scenario" + scenario + ".db"));
                faulty.forEach(board -> boards.fault(board, fault));
                Jdbi jdbi = Database.open(file).jdbi();
                SyncReport report;
                try {
                    report = sync(jdbi);
                } finally {
                    faulty.forEach(board -> boards.fault(board, null));
                }

                String label = "scenario " + scenario + ": " + fault + " on boards " + faulty;
                Map<String, Integer> listings = new HashMap<>();
                jdbi.useHandle(handle -> handle.createQuery("""
                                SELECT c.name, count(l.id) FROM company c LEFT JOIN job_listing l ON l.company_id = c.id
                                GROUP BY c.id
                                """)
                        .map((rs, ctx) -> listings.put(rs.getString(1), rs.getInt(2)))
                        .list());
                int stale = jdbi.withHandle(
                        handle -> handle.createQuery("SELECT count(*) FROM job_listing WHERE is_stale = 1")
                                .mapTo(Integer.class)
                                .one());
                assertThat(stale).as(label).isZero();
                assertThat(report.failures())
                        .as(label + ": "
                                + report.companies().stream()
                                        .filter(c -> !c.ok())
                                        .map(c -> c.company() + ": " + c.error())
                                        .toList())
                        .isEqualTo(faulty.size());
                for (CompanySync company : report.companies()) {
                    int board = Integer.parseInt(company.company().substring("Company ".length()));
                    if (faulty.contains(board)) {
                        assertThat(company.error())
                                .as(label + ", " + company.company())
                                .isNotBlank();
                        assertThat(listings.get(company.company())).as(label).isEqualTo(BEFORE);
                    } else {
                        assertThat(company.error())
                                .as(label + ", " + company.company())
                                .isNull();
                        assertThat(listings.get(company.company())).as(label).isEqualTo(AFTER);
                    }
                }
                scenarios.merge(fault, 1, Integer::sum);
                Files.delete(file);
            }
            assertThat(scenarios).hasSize(Fault.values().length);
        }
    }

    // jsa's retries without their waits, and a client that gives up on a silent board in a third of a
    // second. One client, as one jsa process has: a client per scenario would leave hundreds of idle
    // connections that the server closes as they are reused.
    private static final OkHttpClient CLIENT = HttpClients.create(
                    "jsa-test", new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(1), wait -> {}))
            .newBuilder()
            .readTimeout(Duration.ofMillis(300))
            .build();

    private static SyncReport sync(Jdbi jdbi) {
        // each scenario starts on fresh connections, as a new jsa process would
        CLIENT.connectionPool().evictAll();
        OkHttpClient client = CLIENT;
        JobSources sources = new JobSources(new JsonFetcher(client, JsonFetcher.DEFAULT_MAX_BYTES), Clock.systemUTC());
        return new SyncService(jdbi, sources, new ListingStore(jdbi, Clock.systemUTC()))
                .sync(new SyncRequest(null, null, List.of(), 4, false), company -> {});
    }

    private static void checkpoint(Database database) throws SQLException {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
