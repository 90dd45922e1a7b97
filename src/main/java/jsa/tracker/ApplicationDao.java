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
@RegisterConstructorMapper(ApplicationRow.class)
public interface ApplicationDao extends SqlObject, Transactional<ApplicationDao> {
    /** The columns of {@link ApplicationRow}: the application, its job, status, outcome and newest note. */
    String ROWS = """
            SELECT a.id, a.job_id, j.company, j.listing_job_title, j.role, j.specialization, j.level,
                   j.location, j.work_setting, j.min_experience_years, j.min_salary, j.max_salary,
                   j.source, j.external_job_id, a.applied_date, s.state, s.status_date,
                   p.outcome, p.outcome_date, p.notes AS outcome_notes,
                   (SELECT e.detail FROM application_event e WHERE e.application_id = a.id AND e.kind = 'note'
                    ORDER BY e.event_date DESC, e.id DESC LIMIT 1) AS last_note
            FROM application a JOIN job j ON j.id = a.job_id
            LEFT JOIN application_status s ON s.application_id = a.id
            LEFT JOIN interview_process_status p ON p.application_id = a.id
            """;

    /** The filter of {@link #rows}; {@code activity} is all, active or inactive. */
    String MATCHING = """
            WHERE (:company IS NULL OR j.company = :company COLLATE NOCASE)
              AND (:since IS NULL OR a.applied_date >= :since)
              AND (:activity = 'all'
                   OR (:activity = 'active') = (p.outcome IS NULL AND (s.state IS NULL OR s.state = 'callback')))
            """;

    /** The application {@code id} with its job, status and outcome, if any. */
    @SqlQuery(ROWS + " WHERE a.id = :id")
    Optional<ApplicationRow> row(long id);

    /**
     * The first {@code limit} applications that match (negative for all), newest applied first.
     *
     * @param activity {@code all}, {@code active} or {@code inactive}
     */
    @SqlQuery(ROWS + MATCHING + " ORDER BY a.applied_date DESC, a.id DESC LIMIT :limit")
    List<ApplicationRow> rows(String company, LocalDate since, String activity, int limit);

    /** Every application, oldest applied first. */
    @SqlQuery(ROWS + " ORDER BY a.applied_date, a.id")
    List<ApplicationRow> oldestFirst();

    /** How many applications {@link #rows} would give without a limit. */
    @SqlQuery("""
            SELECT count(*) FROM application a JOIN job j ON j.id = a.job_id
            LEFT JOIN application_status s ON s.application_id = a.id
            LEFT JOIN interview_process_status p ON p.application_id = a.id
            """ + MATCHING)
    long count(String company, LocalDate since, String activity);

    /** The application to {@code company}'s posting {@code title} made on {@code appliedDate}, if any. */
    @SqlQuery(ROWS + """
             WHERE j.company = :company COLLATE NOCASE AND j.listing_job_title = :title COLLATE NOCASE
               AND a.applied_date = :appliedDate
            ORDER BY a.id LIMIT 1
            """)
    Optional<ApplicationRow> findByPosting(String company, String title, LocalDate appliedDate);

    /** The id of the job's newest resume version, if it has one. */
    @SqlQuery("SELECT id FROM resume WHERE job_id = :jobId ORDER BY version DESC LIMIT 1")
    Optional<Long> latestResumeId(long jobId);

    /** The job a stored resume was written for; empty when there is no such resume, null for a general one. */
    @SqlQuery("SELECT job_id FROM resume WHERE id = :resumeId")
    Optional<Long> resumeJob(long resumeId);
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

    /** Appends a {@code note} event with {@code text}, dated {@code date}, to the application's timeline. */
    default void note(long applicationId, String text, LocalDate date) {
        getHandle().attach(ApplicationWrites.class).insertEvent(applicationId, "note", null, date, text);
    }

    /**
     * Sets the interview process's outcome as of {@code date}, with optional notes, and appends an
     * {@code outcome} event, in one transaction.
     */
    @Transaction
    default void recordOutcome(long applicationId, String outcome, LocalDate date, String notes) {
        ApplicationWrites writes = getHandle().attach(ApplicationWrites.class);
        writes.upsertOutcome(applicationId, outcome, date, notes);
        writes.insertEvent(applicationId, "outcome", outcome, date, notes);
    }
}
