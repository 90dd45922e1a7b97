package jsa.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Interviews and their notes; every write also appends to the application's timeline. */
@RegisterConstructorMapper(Interview.class)
@RegisterConstructorMapper(InterviewNote.class)
public interface InterviewDao extends SqlObject {
    /** The interview with {@code id}, if any. */
    @SqlQuery("SELECT * FROM interview WHERE id = :id")
    Optional<Interview> findById(long id);

    /** The application's interviews in time order. */
    @SqlQuery("SELECT * FROM interview WHERE application_id = :applicationId ORDER BY scheduled_at, id")
    List<Interview> forApplication(long applicationId);

    /** The notes on the application's interviews, oldest first. */
    @SqlQuery("""
            SELECT n.* FROM interview_note n JOIN interview i ON i.id = n.interview_id
            WHERE i.application_id = :applicationId
            ORDER BY n.created_at, n.id
            """)
    List<InterviewNote> notes(long applicationId);

    /** Whether the interview has a stored preparation ({@code jsa interview-prep generate}). */
    @SqlQuery("SELECT EXISTS (SELECT 1 FROM interview_preparation WHERE interview_id = :interviewId)")
    boolean prepared(long interviewId);

    /** How many notes the interview has. */
    @SqlQuery("SELECT count(*) FROM interview_note WHERE interview_id = :interviewId")
    int noteCount(long interviewId);

    /**
     * Adds the interview and an {@code interview_scheduled} event dated {@code today}, in one
     * transaction, and returns the interview's id.
     */
    @Transaction
    default long schedule(NewInterview interview, Instant at, LocalDate today, String detail) {
        ApplicationWrites writes = getHandle().attach(ApplicationWrites.class);
        long id = writes.insertInterview(
                interview.applicationId(),
                interview.stage().id(),
                interview.format() == null ? null : interview.format().id(),
                interview.focus() == null ? null : interview.focus().id(),
                interview.interviewerName(),
                interview.interviewerTitle(),
                at);
        writes.insertEvent(
                interview.applicationId(),
                "interview_scheduled",
                interview.stage().id(),
                today,
                detail);
        return id;
    }

    /**
     * Replaces the details of interview {@code id} with {@code changed}'s and appends an
     * {@code interview_changed} event (the stage, and {@code detail}) dated {@code today}, in one
     * transaction.
     */
    @Transaction
    default void change(Interview changed, LocalDate today, String detail) {
        ApplicationWrites writes = getHandle().attach(ApplicationWrites.class);
        writes.updateInterview(changed);
        writes.insertEvent(changed.applicationId(), "interview_changed", changed.stage(), today, detail);
    }

    /**
     * Deletes the interview, with its notes and preparation (cascade), and appends an
     * {@code interview_changed} event with value {@code cancelled} and {@code detail}, dated
     * {@code today}, in one transaction. The notes' text stays on the timeline in their own events.
     */
    @Transaction
    default void cancel(Interview interview, LocalDate today, String detail) {
        ApplicationWrites writes = getHandle().attach(ApplicationWrites.class);
        writes.deleteInterview(interview.id());
        writes.insertEvent(interview.applicationId(), "interview_changed", "cancelled", today, detail);
    }

    /** Adds a note to the interview and an {@code interview_note} event dated {@code today}, in one transaction. */
    @Transaction
    default long note(Interview interview, String text, LocalDate today) {
        ApplicationWrites writes = getHandle().attach(ApplicationWrites.class);
        long id = writes.insertNote(interview.id(), text);
        writes.insertEvent(interview.applicationId(), "interview_note", interview.stage(), today, text);
        return id;
    }
}
