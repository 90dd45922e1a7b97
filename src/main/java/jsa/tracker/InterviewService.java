package jsa.tracker;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.db.SqliteTypes;

/**
 * Interviews: scheduling, changing and cancelling them, notes on them, and the upcoming interviews
 * view. Times are entered and shown in the clock's zone and stored as UTC instants; each write is one
 * transaction that also appends to the application's timeline.
 */
public final class InterviewService {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Jdbi jdbi;
    private final Clock clock;

    public InterviewService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Schedules {@code interview} and returns it.
     *
     * @throws JsaException when there is no such application, it has no callback, or the interview
     *     is before the application
     */
    public Interview schedule(NewInterview interview) {
        return jdbi.inTransaction(handle -> {
            ApplicationRow app =
                    ApplicationService.find(handle.attach(ApplicationDao.class), interview.applicationId());
            if (!"callback".equals(app.state())) {
                throw JsaException.failure(
                        "application " + app.id() + " has no callback (" + app.standing() + ")",
                        "record the callback first with 'jsa app status " + app.id() + " callback'");
            }
            if (interview.at().toLocalDate().isBefore(app.appliedDate())) {
                throw JsaException.usage(
                        "the interview on " + interview.at().toLocalDate() + " is before the application on "
                                + app.appliedDate(),
                        "check --at");
            }
            InterviewDao dao = handle.attach(InterviewDao.class);
            Instant at = interview.at().atZone(clock.getZone()).toInstant();
            long id = dao.schedule(interview, at, LocalDate.now(clock), describe(interview));
            return dao.findById(id).orElseThrow();
        });
    }

    /**
     * Changes the details of interview {@code id} that {@code changes} gives and returns it. The time
     * follows {@code schedule}'s rule: not before the application.
     *
     * @throws JsaException when nothing is to change, there is no such interview, the new time is
     *     before the application, or the interview already has those details
     */
    public ChangedInterview edit(long id, InterviewChanges changes) {
        if (changes.none()) {
            throw JsaException.usage(
                    "nothing to change",
                    "give one or more of --at, --stage, --format, --focus, --interviewer, --interviewer-title");
        }
        return jdbi.inTransaction(handle -> {
            InterviewDao dao = handle.attach(InterviewDao.class);
            Interview old = find(dao, id);
            ApplicationRow app = ApplicationService.find(handle.attach(ApplicationDao.class), old.applicationId());
            if (changes.at() != null && changes.at().toLocalDate().isBefore(app.appliedDate())) {
                throw JsaException.usage(
                        "the interview on " + changes.at().toLocalDate() + " is before the application on "
                                + app.appliedDate(),
                        "check --at");
            }
            Interview changed = new Interview(
                    old.id(),
                    old.applicationId(),
                    changes.stage() == null ? old.stage() : changes.stage().id(),
                    changes.format() == null ? old.format() : changes.format().id(),
                    changes.focus() == null ? old.focus() : changes.focus().id(),
                    changes.interviewerName() == null ? old.interviewerName() : orNull(changes.interviewerName()),
                    changes.interviewerTitle() == null ? old.interviewerTitle() : orNull(changes.interviewerTitle()),
                    changes.at() == null
                            ? old.scheduledAt()
                            : changes.at().atZone(clock.getZone()).toInstant(),
                    old.createdAt());
            String differences = Stream.of(
                            difference("at", local(old), local(changed)),
                            difference("stage", old.stage(), changed.stage()),
                            difference("format", old.format(), changed.format()),
                            difference("focus", old.focus(), changed.focus()),
                            difference("interviewer", old.interviewerName(), changed.interviewerName()),
                            difference("interviewer title", old.interviewerTitle(), changed.interviewerTitle()))
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            if (differences.isEmpty()) {
                throw JsaException.failure("interview " + id + " already has these details", "nothing was changed");
            }
            dao.change(changed, LocalDate.now(clock), "interview " + id + ": " + differences);
            return new ChangedInterview(dao.findById(id).orElseThrow(), differences, dao.prepared(id));
        });
    }

    /**
     * Cancels interview {@code id}: deletes it with its notes and preparation, and records the
     * cancellation, with the {@code reason} if given, on the application's timeline (where the
     * interview's scheduling and notes stay).
     *
     * @throws JsaException when there is no such interview
     */
    public CancelledInterview cancel(long id, String reason) {
        return jdbi.inTransaction(handle -> {
            InterviewDao dao = handle.attach(InterviewDao.class);
            Interview interview = find(dao, id);
            String when = interview.stage() + " on " + local(interview);
            CancelledInterview cancelled = new CancelledInterview(interview, when, dao.prepared(id), dao.noteCount(id));
            String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
            dao.cancel(interview, LocalDate.now(clock), "interview " + id + ", " + when + why);
            return cancelled;
        });
    }

    /**
     * Adds a note to interview {@code interviewId}; it shows on the application's timeline too.
     *
     * @throws JsaException when there is no such interview or the text is blank
     */
    public InterviewNote note(long interviewId, String text) {
        if (text == null || text.isBlank()) {
            throw JsaException.usage("the note is empty", "give the note's text");
        }
        return jdbi.inTransaction(handle -> {
            InterviewDao dao = handle.attach(InterviewDao.class);
            Interview interview = find(dao, interviewId);
            long id = dao.note(interview, text.strip(), LocalDate.now(clock));
            return dao.notes(interview.applicationId()).stream()
                    .filter(n -> n.id() == id)
                    .findFirst()
                    .orElseThrow();
        });
    }

    /**
     * The interviews from now on (or all, past ones too), in time order, of one stage or all
     * ({@code stage} null), with the days left until each and whether each is prepared.
     */
    public List<UpcomingInterview> upcoming(InterviewStage stage, boolean all) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT i.id, i.application_id, j.company, j.listing_job_title, i.stage, i.format, i.focus,
                               i.interviewer_name, i.interviewer_title, i.scheduled_at,
                               EXISTS (SELECT 1 FROM interview_preparation p WHERE p.interview_id = i.id)
                        FROM interview i
                        JOIN application a ON a.id = i.application_id
                        JOIN job j ON j.id = a.job_id
                        WHERE (:all OR i.scheduled_at > :now) AND (:stage IS NULL OR i.stage = :stage)
                        ORDER BY i.scheduled_at, i.id
                        """)
                .bind("all", all)
                .bind("now", SqliteTypes.format(clock.instant()))
                .bind("stage", stage == null ? null : stage.id())
                .map((rs, ctx) -> {
                    LocalDateTime at = LocalDateTime.ofInstant(Instant.parse(rs.getString(10)), zone);
                    return new UpcomingInterview(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            at,
                            ChronoUnit.DAYS.between(today, at.toLocalDate()),
                            rs.getBoolean(11));
                })
                .list());
    }

    private static Interview find(InterviewDao dao, long id) {
        return dao.findById(id)
                .orElseThrow(() ->
                        JsaException.failure("no interview " + id, "'jsa interviews --all' shows the interviews"));
    }

    private String local(Interview interview) {
        return MINUTE.format(interview.scheduledAt().atZone(clock.getZone()));
    }

    private static String difference(String what, String old, String now) {
        return Objects.equals(old, now)
                ? null
                : what + " " + (old == null ? "(none)" : old) + " → " + (now == null ? "(none)" : now);
    }

    private static String orNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    // the timeline's line: "2026-12-01 10:00, virtual_meeting, system_design, with Dana Ruiz (Staff Engineer)"
    private static String describe(NewInterview interview) {
        String with = interview.interviewerName() == null
                ? null
                : "with " + interview.interviewerName()
                        + (interview.interviewerTitle() == null ? "" : " (" + interview.interviewerTitle() + ")");
        return Stream.of(
                        MINUTE.format(interview.at()),
                        interview.format() == null ? null : interview.format().id(),
                        interview.focus() == null ? null : interview.focus().id(),
                        with)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
