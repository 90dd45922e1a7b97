package jsa.tracker;

import java.time.Instant;
import java.time.LocalDate;

import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The single-row writes behind {@link ApplicationDao}'s units of work; package-private so that an
 * application cannot be written without its timeline event.
 */
interface ApplicationWrites {
    @SqlUpdate("""
            INSERT INTO application (job_id, resume_id, applied_date)
            VALUES (:jobId, :resumeId, :appliedDate)
            """)
    @GetGeneratedKeys
    long insertApplication(long jobId, Long resumeId, LocalDate appliedDate);

    @SqlUpdate("""
            INSERT INTO application_status (application_id, state, status_date)
            VALUES (:applicationId, :state, :statusDate)
            ON CONFLICT (application_id) DO UPDATE
            SET state = excluded.state,
                status_date = excluded.status_date,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            """)
    void upsertStatus(long applicationId, String state, LocalDate statusDate);

    @SqlUpdate("""
            INSERT INTO application_event (application_id, kind, value, event_date, detail)
            VALUES (:applicationId, :kind, :value, :eventDate, :detail)
            """)
    void insertEvent(long applicationId, String kind, String value, LocalDate eventDate, String detail);

    @SqlUpdate("""
            INSERT INTO interview_process_status (application_id, outcome, outcome_date, notes)
            VALUES (:applicationId, :outcome, :outcomeDate, :notes)
            ON CONFLICT (application_id) DO UPDATE
            SET outcome = excluded.outcome, outcome_date = excluded.outcome_date, notes = excluded.notes
            """)
    void upsertOutcome(long applicationId, String outcome, LocalDate outcomeDate, String notes);

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

    @SqlUpdate("INSERT INTO interview_note (interview_id, text) VALUES (:interviewId, :text)")
    @GetGeneratedKeys
    long insertNote(long interviewId, String text);
}
