package jsa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.db.Database;
import jsa.jobs.source.Posting;

class ListingStoreTest {
    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private Jdbi jdbi;
    private ListingStore store;
    private Company acme;

    @BeforeEach
    void open() {
        jdbi = Database.open(dir.resolve("jsa.db")).jdbi();
        store = new ListingStore(jdbi, clock);
        CompanyDao companies = jdbi.onDemand(CompanyDao.class);
        companies.insert("Acme", "greenhouse", null, true);
        acme = companies.findByName("Acme").orElseThrow();
    }

    @Test
    void newPostingsBecomeNewListings() {
        SyncCounts counts = store.save(acme, List.of(posting("1", "Engineer"), posting("2", "Analyst")), true);

        assertThat(counts).isEqualTo(new SyncCounts(2, 0, 0, 0, 0, 0));
        assertThat(listings().get("1").status()).isEqualTo("new");
        assertThat(listings().get("1").firstSeen()).isEqualTo(clock.instant());
    }

    @Test
    void anUnchangedSecondSyncWritesNothing() {
        store.save(acme, List.of(posting("1", "Engineer")), true);
        clock.advance(Duration.ofHours(1));

        SyncCounts counts;
        long before;
        long after;
        // data_version moves when another connection commits a change to the database file
        try (Handle observer = jdbi.open()) {
            before = dataVersion(observer);
            counts = store.save(acme, List.of(posting("1", "Engineer")), true);
            after = dataVersion(observer);
        }

        assertThat(after).isEqualTo(before);
        assertThat(counts).isEqualTo(new SyncCounts(0, 0, 1, 0, 0, 0));
        assertThat(listings().get("1").lastFetched()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
    }

    @Test
    void changedDetailsAreUpdatedAndTheReviewStatusIsKept() {
        store.save(acme, List.of(posting("1", "Engineer")), true);
        jdbi.useHandle(h -> h.execute("UPDATE job_listing SET status = 'interested'"));
        clock.advance(Duration.ofHours(1));

        SyncCounts counts = store.save(acme, List.of(posting("1", "Senior Engineer")), true);

        assertThat(counts.updated()).isEqualTo(1);
        assertThat(listings().get("1").title()).isEqualTo("Senior Engineer");
        assertThat(listings().get("1").status()).isEqualTo("interested");
        assertThat(listings().get("1").lastFetched()).isEqualTo(clock.instant());
    }

    @Test
    void aTrackedJobOfTheSameCompanyMarksTheListingAppliedAndItStaysApplied() {
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO job (company, listing_job_title, external_job_id) VALUES ('ACME', 'Engineer', '1')");
            h.execute("INSERT INTO job (company, listing_job_title, external_job_id) VALUES ('Other', 'Analyst', '2')");
        });

        SyncCounts counts = store.save(acme, List.of(posting("1", "Engineer"), posting("2", "Analyst")), true);
        jdbi.useHandle(h -> h.execute("DELETE FROM job"));
        store.save(acme, List.of(posting("1", "Engineer"), posting("2", "Analyst")), true);

        assertThat(counts.applied()).isEqualTo(1);
        assertThat(listings().get("1").status()).isEqualTo("applied");
        assertThat(listings().get("2").status()).isEqualTo("new");
    }

    @Test
    void listingsMissingFromACompleteFetchGoStaleAndComeBack() {
        store.save(acme, List.of(posting("1", "Engineer"), posting("2", "Analyst")), true);

        SyncCounts partial = store.save(acme, List.of(posting("1", "Engineer")), false);
        SyncCounts complete = store.save(acme, List.of(posting("1", "Engineer")), true);
        boolean staleAfterComplete = listings().get("2").isStale();
        SyncCounts back = store.save(acme, List.of(posting("1", "Engineer"), posting("2", "Analyst")), true);

        assertThat(partial.stale()).isZero();
        assertThat(complete.stale()).isEqualTo(1);
        assertThat(staleAfterComplete).isTrue();
        assertThat(back.updated()).isEqualTo(1);
        assertThat(listings().get("2").isStale()).isFalse();
    }

    @Test
    void staleListingsAreDeletedAfterThirtyDays() {
        store.save(acme, List.of(posting("1", "Engineer"), posting("2", "Analyst")), true);
        store.save(acme, List.of(posting("1", "Engineer")), true);

        clock.advance(Duration.ofDays(29));
        SyncCounts early = store.save(acme, List.of(posting("1", "Engineer")), true);
        clock.advance(Duration.ofDays(2));
        SyncCounts late = store.save(acme, List.of(posting("1", "Engineer")), true);

        assertThat(early.deleted()).isZero();
        assertThat(late.deleted()).isEqualTo(1);
        assertThat(listings()).containsOnlyKeys("1");
    }

    @Test
    void aListingStillOnTheBoardIsNeverDeleted() {
        store.save(acme, List.of(posting("1", "Engineer")), true);

        for (int day = 0; day < 40; day++) {
            clock.advance(Duration.ofDays(1));
            store.save(acme, List.of(posting("1", "Engineer")), true);
        }

        assertThat(listings()).containsOnlyKeys("1");
        assertThat(listings().get("1").isStale()).isFalse();
    }

    @Test
    void anEmptyCompleteFetchMarksEverythingStale() {
        store.save(acme, List.of(posting("1", "Engineer")), true);

        SyncCounts counts = store.save(acme, List.of(), true);

        assertThat(counts).isEqualTo(new SyncCounts(0, 0, 0, 0, 1, 0));
        assertThat(listings().get("1").isStale()).isTrue();
    }

    @Test
    void duplicatePostingsInOneFetchCountOnce() {
        SyncCounts counts = store.save(acme, List.of(posting("1", "Engineer"), posting("1", "Engineer")), true);

        assertThat(counts.added()).isEqualTo(1);
        assertThat(listings()).hasSize(1);
    }

    @Test
    void aChangedSyncIsSeenByOtherConnections() {
        store.save(acme, List.of(posting("1", "Engineer")), true);

        try (Handle observer = jdbi.open()) {
            long before = dataVersion(observer);
            store.save(acme, List.of(posting("1", "Engineer II")), true);

            assertThat(dataVersion(observer)).isGreaterThan(before);
        }
    }

    private static long dataVersion(Handle handle) {
        return handle.createQuery("PRAGMA data_version").mapTo(Long.class).one();
    }

    private Map<String, JobListing> listings() {
        return jdbi.onDemand(JobListingDao.class).forCompany(acme.id()).stream()
                .collect(Collectors.toMap(JobListing::externalId, Function.identity()));
    }

    private static Posting posting(String id, String title) {
        return new Posting(
                id,
                title,
                "Seattle, WA",
                null,
                "https://example.com/jobs/" + id,
                null,
                null,
                "Engineering",
                null,
                null,
                null,
                null,
                null,
                "Build things.");
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
