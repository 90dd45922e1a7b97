package jsa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.db.Database;
import jsa.jobs.source.Posting;

/**
 * Two syncs and a stream of marks on one database file, each through its own {@link Database}
 * as separate processes would: none may fail with SQLITE_BUSY, and every mark must stick.
 */
class ConcurrentSyncTest {
    private static final int COMPANIES = 20;
    private static final int POSTINGS = 200;

    @TempDir
    Path dir;

    @Test
    void twoSyncsAndMarksRunTogetherWithoutBusyErrors() throws Exception {
        Path file = dir.resolve("jsa.db");
        CompanyService setup = new CompanyService(Database.open(file).jdbi());
        setup.saveSearch(new SearchConfig("Engineer", List.of(), true));
        for (int c = 0; c < COMPANIES; c++) {
            setup.add(new CompanySpec(
                    "Company " + c, Platform.GREENHOUSE, null, true, null, new BoardConfig("b" + c, null)));
        }
        SyncService first = service(file);
        first.sync(request(), c -> {});
        ListingService marks = new ListingService(Database.open(file).jdbi());
        List<Long> ids = marks.bulkCandidates(ListingStatus.NEW);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        Future<SyncReport> a = pool.submit(() -> service(file).sync(request(), c -> {}));
        Future<SyncReport> b = pool.submit(() -> service(file).sync(request(), c -> {}));
        Future<Integer> marked = pool.submit(() -> {
            int done = 0;
            for (int i = 0; i < 300; i++) {
                done += marks.mark(List.of(ids.get(i)), ListingStatus.INTERESTED);
            }
            return done;
        });
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

        assertThat(a.get().failures()).isZero();
        assertThat(b.get().failures()).isZero();
        assertThat(marked.get()).isEqualTo(300);
        assertThat(marks.list(new ListingFilter(ListingStatus.INTERESTED, null, null)))
                .hasSize(300);
    }

    private static SyncService service(Path file) {
        var jdbi = Database.open(file).jdbi();
        return new SyncService(
                jdbi, company -> query -> postings(company.name()), new ListingStore(jdbi, Clock.systemUTC()));
    }

    private static List<Posting> postings(String company) {
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < POSTINGS; i++) {
            postings.add(new Posting(
                    company + "-" + i,
                    "Engineer " + i,
                    "Remote",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Build things, version " + i));
        }
        return postings;
    }

    private static SyncRequest request() {
        return new SyncRequest(null, null, List.of(), 8, false);
    }
}
