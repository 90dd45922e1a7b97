package jsa.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import org.jdbi.v3.sqlobject.transaction.Transactional;

/**
 * Applications, their current status and their timeline. Every write also appends to the
 * timeline, in the same transaction.
 */
@RegisterConstructorMapper(Application.class)
@RegisterConstructorMapper(ApplicationEvent.class)
@RegisterConstructorMapper(ApplicationStatus.class)
public interface ApplicationDao extends SqlObject, Transactional<ApplicationDao> {
    /** The application with {@code id}, if any. */
    @SqlQuery("SELECT * FROM application WHERE id = :id")
    Optional<Application> findById(long id);

    /** The application to the job {@code jobId}, if the user applied. */
    @SqlQuery("SELECT * FROM application WHERE job_id = :jobId")
    Optional<Application> findByJobId(long jobId);

    /** The current status of the application; empty while there has been no response. */
    @SqlQuery("""
            SELECT application_id, state, status_date FROM application_status
            WHERE application_id = :applicationId
            """)
    Optional<ApplicationStatus> status(long applicationId);

    /** The application's timeline, in the order things happened (event date, then recording order). */
    @SqlQuery("""
            SELECT * FROM application_event
            WHERE application_id = :applicationId
            ORDER BY event_date, id
            """)
    List<ApplicationEvent> events(long applicationId);

    /**
     * Records an application to the job and its {@code applied} event in one transaction, and
     * returns the application's id. Fails when the job already has an application.
     */
    @Transaction
    default long apply(long jobId, Long resumeId, LocalDate appliedDate) {
        ApplicationWrites writes = getHandle().attach(ApplicationWrites.class);
        long id = writes.insertApplication(jobId, resumeId, appliedDate);
        writes.insertEvent(id, "applied", null, appliedDate, null);
        return id;
    }

    /**
     * Sets the application's current status to {@code state} as of {@code date} and appends a
     * {@code status} event, in one transaction: on failure neither is written.
     */
    @Transaction
    default void recordStatus(long applicationId, String state, LocalDate date) {
        ApplicationWrites writes = getHandle().attach(ApplicationWrites.class);
        writes.upsertStatus(applicationId, state, date);
        writes.insertEvent(applicationId, "status", state, date, null);
    }
}
