package jsa.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.db.Database;

class JobDaoTest {
    private static final String HASH = "a".repeat(64);

    @TempDir
    Path dir;

    private Database database;
    private JobDao jobs;

    @BeforeEach
    void openDatabase() {
        database = Database.open(dir.resolve("jsa.db"));
        jobs = database.jdbi().onDemand(JobDao.class);
    }

    @Test
    void everyFieldRoundTrips() {
        long listingId = insertListing();
        NewJob job = new NewJob(
                "Acme",
                "Senior Backend Engineer",
                "Software Engineer",
                "Backend",
                "Senior",
                "Berlin",
                "hybrid",
                5,
                new BigDecimal("26.5"),
                new BigDecimal("27.87"),
                "EUR",
                "hour",
                "R-123",
                "company_site",
                "https://acme.example/jobs/R-123",
                "We build things.",
                HASH,
                listingId);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        long id = jobs.insert(job);

        Job found = jobs.findById(id).orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found)
                .usingRecursiveComparison()
                .ignoringFields("id", "createdAt", "updatedAt")
                .isEqualTo(job);
        assertThat(found.createdAt()).isBetween(before, Instant.now()).isEqualTo(found.updatedAt());
    }

    @Test
    void optionalFieldsRoundTripAsNulls() {
        NewJob job = job("Acme", "Engineer", null, null);

        Job found = jobs.findById(jobs.insert(job)).orElseThrow();

        assertThat(found)
                .usingRecursiveComparison()
                .ignoringFields("id", "createdAt", "updatedAt")
                .isEqualTo(job);
        assertThat(found.minExperienceYears()).isNull();
        assertThat(found.listingId()).isNull();
    }

    @Test
    void findByIdIsEmptyForAMissingId() {
        assertThat(jobs.findById(42)).isEmpty();
    }

    @Test
    void findsAJobByCompanyIgnoringCaseAndExternalId() {
        long id = jobs.insert(job("Acme Corp", "Engineer", "R-1", null));
        jobs.insert(job("Other", "Engineer", "R-1", null));

        assertThat(jobs.findByCompanyAndExternalId("ACME corp", "R-1"))
                .map(Job::id)
                .contains(id);
        assertThat(jobs.findByCompanyAndExternalId("Acme Corp", "r-1")).isEmpty();
        assertThat(jobs.findByCompanyAndExternalId("Acme", "R-1")).isEmpty();
    }

    @Test
    void aCompanyPostingIsTrackedOnceWhateverTheCompanyCase() {
        jobs.insert(job("Acme", "Engineer", "R-1", null));

        assertThatThrownBy(() -> jobs.insert(job("ACME", "Engineer", "R-1", null)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("UNIQUE constraint failed");
    }

    @Test
    void findsAJobByJdHash() {
        long id = jobs.insert(job("Acme", "Engineer", null, HASH));

        assertThat(jobs.findByJdHash(HASH)).map(Job::id).contains(id);
        assertThat(jobs.findByJdHash("b".repeat(64))).isEmpty();
    }

    @Test
    void listReturnsTheNewestJobFirst() {
        long old = jobs.insert(job("Acme", "Old", null, null));
        long newest = jobs.insert(job("Acme", "Newest", null, null));
        long middle = jobs.insert(job("Acme", "Middle", null, null));
        setCreatedAt(old, "2026-11-20T09:30:00.123Z");
        setCreatedAt(newest, "2026-11-24T09:30:00.123Z");
        setCreatedAt(middle, "2026-11-22T09:30:00.123Z");

        assertThat(jobs.list()).extracting(Job::id).containsExactly(newest, middle, old);
        assertThat(jobs.list().get(0).createdAt()).isEqualTo(Instant.parse("2026-11-24T09:30:00.123Z"));
    }

    @Test
    void deleteRemovesTheJobAndReportsWhetherThereWasOne() {
        long id = jobs.insert(job("Acme", "Engineer", null, null));

        assertThat(jobs.delete(id)).isTrue();
        assertThat(jobs.findById(id)).isEmpty();
        assertThat(jobs.delete(id)).isFalse();
    }

    @Test
    void inTransactionKeepsNoJobWhenALaterInsertFails() {
        assertThatThrownBy(() -> jobs.useTransaction(dao -> {
                    dao.insert(job("Acme", "Engineer", null, null));
                    dao.insert(job("Acme", " ", null, null));
                }))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("CHECK constraint failed");

        assertThat(jobs.list()).isEmpty();
    }

    private static NewJob job(String company, String title, String externalJobId, String jdHash) {
        return new NewJob(
                company,
                title,
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
                externalJobId,
                null,
                null,
                null,
                jdHash,
                null);
    }

    private long insertListing() {
        return database.jdbi().withHandle(handle -> {
            handle.execute("INSERT INTO company (id, name, platform) VALUES (1, 'Acme', 'greenhouse')");
            handle.execute("""
                    INSERT INTO job_listing (id, company_id, external_id, title, last_fetched)
                    VALUES (7, 1, 'R-123', 'Senior Backend Engineer', '2026-11-24T09:30:00.123Z')
                    """);
            return 7L;
        });
    }

    private void setCreatedAt(long id, String timestamp) {
        database.jdbi()
                .useHandle(handle -> handle.execute("UPDATE job SET created_at = ? WHERE id = ?", timestamp, id));
    }
}
