package jsa.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.JsaException;
import jsa.db.Database;

/** Scheduling, notes and the upcoming interviews view at a fixed time in Chicago. */
class InterviewServiceTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    // 2026-11-24 23:30 in Chicago, already the 25th in UTC
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T05:30:00Z"), CHICAGO);

    @TempDir
    Path dir;

    private Database database;
    private InterviewService interviews;
    private long applicationId;

    @BeforeEach
    void anApplicationWithACallback() {
        database = Database.open(dir.resolve("jsa.db"));
        database.jdbi()
                .useHandle(h -> h.execute("INSERT INTO job (company, listing_job_title) VALUES ('Acme', 'Engineer')"));
        ApplicationService applications = new ApplicationService(database.jdbi(), NOW);
        applicationId =
                applications.apply(1, LocalDate.parse("2026-11-02"), null).applicationId();
        applications.status(applicationId, StatusState.CALLBACK, LocalDate.parse("2026-11-10"));
        interviews = new InterviewService(database.jdbi(), NOW);
    }

    private Interview schedule(InterviewStage stage, String at) {
        return interviews.schedule(new NewInterview(
                applicationId,
                stage,
                LocalDateTime.parse(at),
                InterviewFormat.VIRTUAL_MEETING,
                null,
                "Dana Ruiz",
                null));
    }

    @Test
    void upcomingInterviewsCountDaysInTheUsersZoneInTimeOrder() {
        schedule(InterviewStage.FINAL_LOOP, "2026-12-01T09:00");
        schedule(InterviewStage.RECRUITER_SCREEN, "2026-11-20T10:00");
        schedule(InterviewStage.TECHNICAL_SCREEN, "2026-11-25T08:00");
        schedule(InterviewStage.TECHNICAL_SCREEN, "2026-11-24T23:45");

        assertThat(interviews.upcoming(null, false))
                .extracting(i -> i.stage() + " " + i.at() + " " + i.daysUntil())
                .containsExactly(
                        "technical_screen 2026-11-24T23:45 0",
                        "technical_screen 2026-11-25T08:00 1",
                        "final_loop 2026-12-01T09:00 7");
        assertThat(interviews.upcoming(InterviewStage.TECHNICAL_SCREEN, false)).hasSize(2);
        assertThat(interviews.upcoming(null, true)).first().satisfies(i -> {
            assertThat(i.stage()).isEqualTo("recruiter_screen");
            assertThat(i.daysUntil()).isEqualTo(-4);
            assertThat(i.company()).isEqualTo("Acme");
            assertThat(i.applicationId()).isEqualTo(applicationId);
        });
        // stored as the UTC instant
        String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT scheduled_at FROM interview WHERE id = 1")
                .mapTo(String.class)
                .one());
        assertThat(stored).isEqualTo("2026-12-01T15:00:00.000Z");
    }

    @Test
    void schedulingAndNotesGoOnTheTimeline() {
        Interview interview = schedule(InterviewStage.RECRUITER_SCREEN, "2026-11-20T10:00");
        interviews.note(interview.id(), "  Asked about Kafka ordering  ");

        ApplicationDetail detail =
                new ApplicationViews(database.jdbi(), NOW, id -> java.util.Optional.empty()).detail(applicationId);

        assertThat(detail.timeline())
                .extracting(e -> e.kind() + " " + e.eventDate() + " " + e.detail())
                .containsExactly(
                        "applied 2026-11-02 null",
                        "status 2026-11-10 null",
                        "interview_scheduled 2026-11-24 2026-11-20 10:00, virtual_meeting, with Dana Ruiz",
                        "interview_note 2026-11-24 Asked about Kafka ordering");
        assertThat(detail.pastInterviews()).hasSize(1);
        assertThat(detail.pastInterviews().get(0).notes())
                .extracting(InterviewNote::text)
                .containsExactly("Asked about Kafka ordering");
        assertThat(detail.upcomingInterviews()).isEmpty();
    }

    @Test
    void anInterviewNeedsACallbackAndADateAfterTheApplication() {
        database.jdbi()
                .useHandle(h -> h.execute("INSERT INTO job (company, listing_job_title) VALUES ('Beta', 'Analyst')"));
        long silent = new ApplicationService(database.jdbi(), NOW)
                .apply(2, LocalDate.parse("2026-11-02"), null)
                .applicationId();

        assertThatThrownBy(() -> interviews.schedule(new NewInterview(
                        silent,
                        InterviewStage.RECRUITER_SCREEN,
                        LocalDateTime.parse("2026-11-30T10:00"),
                        null,
                        null,
                        null,
                        null)))
                .isInstanceOf(JsaException.class)
                .hasMessageContaining("application 2 has no callback (No Response)");
        assertThatThrownBy(() -> schedule(InterviewStage.RECRUITER_SCREEN, "2026-11-01T10:00"))
                .hasMessageContaining("the interview on 2026-11-01 is before the application on 2026-11-02");
        assertThatThrownBy(() -> interviews.note(99, "text")).hasMessageContaining("no interview 99");
        assertThatThrownBy(() -> interviews.note(1, " ")).hasMessageContaining("the note is empty");
    }
}
