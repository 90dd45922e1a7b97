package jsa.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.db.Database;

class ApplicationDaoTest {
    private static final LocalDate APPLIED = LocalDate.parse("2026-11-20");

    @TempDir
    Path dir;

    private Database database;
    private ApplicationDao applications;
    private long jobId;

    @BeforeEach
    void openDatabaseWithAJob() {
        database = Database.open(dir.resolve("jsa.db"));
        applications = database.jdbi().onDemand(ApplicationDao.class);
        jobId = database.jdbi().withHandle(handle -> {
            handle.execute("INSERT INTO job (id, company, listing_job_title) VALUES (3, 'Acme', 'Engineer')");
            return 3L;
        });
    }

    @Test
    void applyRecordsTheApplicationAndItsAppliedEvent() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        long id = applications.apply(jobId, null, APPLIED);

        Application application = applications.findById(id).orElseThrow();
        assertThat(application).isEqualTo(new Application(id, jobId, null, APPLIED, application.createdAt()));
        assertThat(application.createdAt()).isBetween(before, Instant.now());
        assertThat(applications.findByJobId(jobId)).contains(application);
        ApplicationEvent event = applications.events(id).get(0);
        assertThat(applications.events(id))
                .containsExactly(
                        new ApplicationEvent(event.id(), id, "applied", null, APPLIED, null, event.recordedAt()));
        assertThat(event.recordedAt()).isBetween(before, Instant.now());
    }

    @Test
    void applyKeepsTheResumeThatWasSent() {
        long resumeId = insertResume();

        long id = applications.apply(jobId, resumeId, APPLIED);

        assertThat(applications.findById(id).orElseThrow().resumeId()).isEqualTo(resumeId);
    }

    @Test
    void lookupsAreEmptyBeforeTheUserApplies() {
        assertThat(applications.findById(1)).isEmpty();
        assertThat(applications.findByJobId(jobId)).isEmpty();
        assertThat(applications.status(1)).isEmpty();
        assertThat(applications.events(1)).isEmpty();
    }

    @Test
    void aJobHasAtMostOneApplication() {
        long id = applications.apply(jobId, null, APPLIED);

        assertThatThrownBy(() -> applications.apply(jobId, null, APPLIED.plusDays(1)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("UNIQUE constraint failed: application.job_id");
        assertThat(applications.events(id)).hasSize(1);
    }

    @Test
    void applyLeavesNoApplicationWhenItsEventCannotBeWritten() {
        failEventInserts();

        assertThatThrownBy(() -> applications.apply(jobId, null, APPLIED))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("events are failing");
        assertThat(applications.findByJobId(jobId)).isEmpty();
    }

    @Test
    void statusIsEmptyUntilAResponseIsRecorded() {
        long id = applications.apply(jobId, null, APPLIED);

        assertThat(applications.status(id)).isEmpty();
    }

    @Test
    void recordStatusSetsTheStatusAndAppendsAStatusEvent() {
        long id = applications.apply(jobId, null, APPLIED);
        LocalDate callback = LocalDate.parse("2026-11-23");

        applications.recordStatus(id, "callback", callback);

        assertThat(applications.status(id)).contains(new ApplicationStatus(id, "callback", callback));
        assertThat(applications.events(id))
                .extracting(ApplicationEvent::kind, ApplicationEvent::value, ApplicationEvent::eventDate)
                .containsExactly(tuple("applied", null, APPLIED), tuple("status", "callback", callback));
    }

    @Test
    void aLaterStatusReplacesTheCurrentOneWhileTheTimelineKeepsDateOrder() {
        long id = applications.apply(jobId, null, APPLIED);
        applications.recordStatus(id, "callback", LocalDate.parse("2026-11-28"));
        applications.recordStatus(id, "rejected", LocalDate.parse("2026-11-25"));
        applications.recordStatus(id, "closed", LocalDate.parse("2026-11-25"));

        assertThat(applications.status(id))
                .contains(new ApplicationStatus(id, "closed", LocalDate.parse("2026-11-25")));
        assertThat(applications.events(id))
                .extracting(ApplicationEvent::value)
                .containsExactly(null, "rejected", "closed", "callback");
    }

    @Test
    void anInvalidStateWritesNeitherStatusNorEvent() {
        long id = applications.apply(jobId, null, APPLIED);

        assertThatThrownBy(() -> applications.recordStatus(id, "ghosted", APPLIED.plusDays(3)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("CHECK constraint failed");
        assertThat(applications.status(id)).isEmpty();
        assertThat(applications.events(id)).extracting(ApplicationEvent::kind).containsExactly("applied");
    }

    @Test
    void recordStatusKeepsTheOldStatusWhenItsEventCannotBeWritten() {
        long id = applications.apply(jobId, null, APPLIED);
        applications.recordStatus(id, "callback", APPLIED.plusDays(2));
        failEventInserts();

        assertThatThrownBy(() -> applications.recordStatus(id, "rejected", APPLIED.plusDays(5)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("events are failing");
        assertThat(applications.status(id)).contains(new ApplicationStatus(id, "callback", APPLIED.plusDays(2)));
        assertThat(applications.events(id)).hasSize(2);
    }

    @Test
    void deletingTheJobDeletesItsApplicationAndTimeline() {
        long id = applications.apply(jobId, null, APPLIED);
        applications.recordStatus(id, "rejected", APPLIED.plusDays(1));

        assertThat(database.jdbi().onDemand(JobDao.class).delete(jobId)).isTrue();

        assertThat(applications.findById(id)).isEmpty();
        assertThat(applications.status(id)).isEmpty();
        assertThat(applications.events(id)).isEmpty();
    }

    /** Makes the second statement of each unit of work fail, to show the first one is rolled back. */
    private void failEventInserts() {
        database.jdbi().useHandle(handle -> handle.execute("""
                CREATE TRIGGER fail_event_inserts BEFORE INSERT ON application_event
                BEGIN
                    SELECT RAISE(ABORT, 'events are failing');
                END
                """));
    }

    private long insertResume() {
        return database.jdbi().withHandle(handle -> {
            handle.execute("""
                    INSERT INTO resume_template (id, name, target_role, template_path, style_path)
                    VALUES (1, 'default', 'Software Engineer', 'default.ftlh', 'default.css')
                    """);
            handle.execute("INSERT INTO resume (id, job_id, template_id, version) VALUES (5, ?, 1, 1)", jobId);
            return 5L;
        });
    }
}
