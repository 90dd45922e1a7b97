package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;
import jsa.jobs.GreenhouseBoard;

import mockwebserver3.MockWebServer;

/**
 * A {@code sync-jobs} that rewrites every listing while 1,000 {@code jobs mark} calls run on the
 * same database, each through the command line with its own connection as separate processes
 * would: no call fails with SQLITE_BUSY, every mark is kept, and the sync's changes too.
 */
class ConcurrentMarksTest {
    private static final int COMPANIES = 10;
    private static final int POSTINGS = 110;
    private static final int MARKS = 1_000;

    @TempDir
    Path dir;

    private final AtomicBoolean renamed = new AtomicBoolean();
    private MockWebServer server;
    private CliRunner cli;

    @BeforeEach
    void syncedBoards() throws IOException {
        // slow enough that the sync runs while the marks do
        server = GreenhouseBoard.serve(POSTINGS, 300, () -> renamed.get() ? "Senior Engineer " : "Engineer ");
        cli = new CliRunner(dir);
        Path companies = Files.writeString(dir.resolve("companies.yaml"), GreenhouseBoard.companies(server, COMPANIES));
        assertThat(cli.run("company", "import", companies.toString()).exitCode())
                .isZero();
        assertThat(cli.run("sync-jobs").exitCode()).isZero();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aSyncAndAThousandMarksRunTogetherWithoutBusyErrorsAndKeepEveryWrite() throws Exception {
        renamed.set(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Future<Result> sync = pool.submit(() -> cli.run("sync-jobs", "--concurrency", "2"));
        List<Future<Result>> marks = new ArrayList<>();
        for (int id = 1; id <= MARKS; id++) {
            String listing = Integer.toString(id);
            marks.add(pool.submit(() -> cli.run("jobs", "mark", listing, "--status", "interested")));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        List<String> failures = new ArrayList<>();
        for (Future<Result> mark : marks) {
            Result result = mark.get();
            if (result.exitCode() != 0) {
                failures.add(result.err());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(sync.get().exitCode()).as(sync.get().err()).isZero();
        assertThat(cli.query("SELECT count(*) FROM job_listing WHERE id <= " + MARKS + " AND status = 'interested'"))
                .isEqualTo(Integer.toString(MARKS));
        assertThat(cli.query("SELECT count(*) FROM job_listing WHERE title LIKE 'Senior Engineer %'"))
                .isEqualTo(Integer.toString(COMPANIES * POSTINGS));
    }
}
