package jsa.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The writes behind {@link ApplicationDao}'s units of work, one row at a time, and the same writes
 * as batches for the CSV import ({@link ApplicationImport}); package-private so that an application
 * cannot be written without its timeline event.
 */
interface ApplicationWrites {
    String UPSERT_STATUS = """
            INSERT INTO application_status (application_id, state, status_date)
            VALUES (:applicationId, :state, :statusDate)
            ON CONFLICT (application_id) DO UPDATE
            SET state = excluded.state,
                status_date = excluded.status_date,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            """;

    String INSERT_EVENT = """
            INSERT INTO application_event (application_id, kind, value, event_date, detail)
            VALUES (:applicationId, :kind, :value, :eventDate, :detail)
            """;

    String UPSERT_OUTCOME = """
            INSERT INTO interview_process_status (application_id, outcome, outcome_date, notes)
            VALUES (:applicationId, :outcome, :outcomeDate, :notes)
            ON CONFLICT (application_id) DO UPDATE
            SET outcome = excluded.outcome, outcome_date = excluded.outcome_date, notes = excluded.notes
            """;

    @SqlUpdate("""
            INSERT INTO application (job_id, resume_id, applied_date)
            VALUES (:jobId, :resumeId, :appliedDate)
            """)
    @GetGeneratedKeys
    long insertApplication(long jobId, Long resumeId, LocalDate appliedDate);

    @SqlUpdate(UPSERT_STATUS)
    void upsertStatus(long applicationId, String state, LocalDate statusDate);

    @SqlUpdate(INSERT_EVENT)
    void insertEvent(long applicationId, String kind, String value, LocalDate eventDate, String detail);

    @SqlUpdate(UPSERT_OUTCOME)
    void upsertOutcome(long applicationId, String outcome, LocalDate outcomeDate, String notes);

    // The import gives jobs and applications their ids (the next free ones, as SQLite would) so that a
    // line's application and events can be queued before the rows they point at are written.

    @SqlBatch("""
            INSERT INTO job (id, company, listing_job_title, role, specialization, level, location,
                             work_setting, min_experience_years, min_salary, max_salary,
                             salary_currency, salary_period, external_job_id, source, url,
                             raw_jd_text, jd_hash, listing_id)
            VALUES (:id, :company, :listingJobTitle, :role, :specialization, :level, :location,
                    :workSetting, :minExperienceYears, :minSalary, :maxSalary,
                    :salaryCurrency, :salaryPeriod, :externalJobId, :source, :url,
                    :rawJdText, :jdHash, :listingId)
            """)
    void insertJobs(List<Long> id, @BindMethods List<NewJob> job);

    @SqlBatch("""
            INSERT INTO application (id, job_id, resume_id, applied_date)
            VALUES (:id, :jobId, NULL, :appliedDate)
            """)
    void insertApplications(List<Long> id, List<Long> jobId, List<LocalDate> appliedDate);

    @SqlBatch(UPSERT_STATUS)
    void upsertStatuses(List<Long> applicationId, List<String> state, List<LocalDate> statusDate);

    @SqlBatch(UPSERT_OUTCOME)
    void upsertOutcomes(
            List<Long> applicationId, List<String> outcome, List<LocalDate> outcomeDate, List<String> notes);

    @SqlBatch(INSERT_EVENT)
    void insertEvents(
            List<Long> applicationId,
            List<String> kind,
            List<String> value,
            List<LocalDate> eventDate,
            List<String> detail);

    @SqlUpdate("""
            INSERT INTO interview (application_id, stage, format, focus, interviewer_name, interviewer_title,
                                   scheduled_at)
            VALUES (:applicationId, :stage, :format, :focus, :interviewerName, :interviewerTitle, :scheduledAt)
            """)
    @GetGeneratedKeys
    long insertInterview(
            long applicationId,
            String stage,
            String format,
            String focus,
            String interviewerName,
            String interviewerTitle,
            Instant scheduledAt);

    @SqlUpdate("""
            UPDATE interview SET stage = :stage, format = :format, focus = :focus, interviewer_name = :interviewerName,
                                 interviewer_title = :interviewerTitle, scheduled_at = :scheduledAt
            WHERE id = :id
            """)
    void updateInterview(@BindMethods Interview interview);

    @SqlUpdate("DELETE FROM interview WHERE id = :id")
    void deleteInterview(long id);

    @SqlUpdate("INSERT INTO interview_note (interview_id, text) VALUES (:interviewId, :text)")
    @GetGeneratedKeys
    long insertNote(long interviewId, String text);
}
