package jsa.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import jsa.jobs.source.Posting;

/**
 * Writes one company's fetched postings as listings, in one transaction, by the design's rules:
 * upsert by external id; APPLIED when the user has a tracker job with that external id at this
 * company (and APPLIED is never downgraded); the user's review status otherwise kept; when the
 * fetch covered the company's whole board, listings missing from it marked stale; stale
 * listings not seen for 30 days deleted. Listings that did not change are not written.
 */
public final class ListingStore {
    /** Stale listings older than this are deleted. */
    static final Duration STALE_RETENTION = Duration.ofDays(30);
    /** An unchanged listing's {@code last_fetched} is refreshed at most this often. */
    static final Duration REFRESH_INTERVAL = Duration.ofHours(12);

    private final Jdbi jdbi;
    private final Clock clock;

    public ListingStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Saves what a fetch of {@code company}'s board found, in its own transaction.
     *
     * @param complete true when the fetch asked for the whole board (no keyword or location
     *     filter): only then does a missing listing mean it is gone
     */
    public SyncCounts save(Company company, List<Posting> postings, boolean complete) {
        return jdbi.inTransaction(handle -> write(handle, company, postings, complete));
    }

    /**
     * A writer that keeps one connection for many saves, for a single thread: a sync writes every
     * company through one, so that its writes neither queue for SQLite's write lock against each
     * other nor pay for a connection each.
     */
    public Writer writer() {
        return new Writer(jdbi.open());
    }

    /** Saves through one connection; see {@link ListingStore#writer()}. Not for concurrent use. */
    public final class Writer implements AutoCloseable {
        private final Handle handle;

        private Writer(Handle handle) {
            this.handle = handle;
        }

        /** The stored company of that name. */
        public Optional<Company> company(String name) {
            return handle.attach(CompanyDao.class).findByName(name);
        }

        /** {@link ListingStore#save}, on this writer's connection. */
        public SyncCounts save(Company company, List<Posting> postings, boolean complete) {
            return handle.inTransaction(h -> write(h, company, postings, complete));
        }

        @Override
        public void close() {
            handle.close();
        }
    }

    private SyncCounts write(Handle handle, Company company, List<Posting> postings, boolean complete) {
        Instant now = clock.instant();
        Map<String, Posting> unique = new LinkedHashMap<>();
        postings.forEach(p -> unique.putIfAbsent(p.externalId(), p));
        JobListingDao dao = handle.attach(JobListingDao.class);
        Set<String> known = dao.externalIds(company.id());
        Set<String> tracked = dao.trackedExternalIds(company.name());
        List<Posting> fetched = List.copyOf(unique.values());
        List<Boolean> applied =
                fetched.stream().map(p -> tracked.contains(p.externalId())).toList();
        int[] written = dao.upsert(company.id(), fetched, applied, now, now.minus(REFRESH_INTERVAL));
        int added = 0;
        int updated = 0;
        for (int i = 0; i < fetched.size(); i++) {
            if (!known.contains(fetched.get(i).externalId())) {
                added++;
            } else {
                updated += written[i];
            }
        }
        int appliedCount = (int) applied.stream().filter(Boolean::booleanValue).count();
        int stale = 0;
        if (complete) {
            List<String> missing =
                    known.stream().filter(id -> !unique.containsKey(id)).toList();
            stale = IntStream.of(dao.markStale(company.id(), missing)).sum();
        }
        int deleted = dao.deleteStaleBefore(company.id(), now.minus(STALE_RETENTION));
        return new SyncCounts(added, updated, fetched.size() - added - updated, appliedCount, stale, deleted);
    }
}
