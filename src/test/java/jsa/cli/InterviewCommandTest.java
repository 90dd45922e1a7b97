package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/** {@code jsa interview edit} and {@code jsa interview cancel} on a real database. */
class InterviewCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;
    private String inThreeDays;
    private final String today = LocalDate.now().toString();

    @BeforeEach
    void interview() {
        cli = new CliRunner(dir);
        cli.execute("INSERT INTO job (company, listing_job_title) VALUES ('Acme', 'Engineer')");
        assertThat(cli.run("apply", "--job", "1", "--date", "2026-11-02").exitCode())
                .isZero();
        assertThat(cli.run("app", "status", "1", "callback", "--date", "2026-11-05")
                        .exitCode())
                .isZero();
        inThreeDays = LocalDate.now().plusDays(3) + " 12:00";
        Result added = cli.run(
                "interview",
                "add",
                "1",
                "--stage",
                "technical_screen",
                "--at",
                inThreeDays,
                "--format",
                "virtual_meeting",
                "--focus",
                "system_design",
                "--interviewer",
                "Dana Ruiz",
                "--interviewer-title",
                "Staff Engineer");
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    @Test
    void editChangesOnlyTheGivenDetailsAndPutsTheChangeOnTheTimeline() {
        String inFourDays = LocalDate.now().plusDays(4) + " 09:30";

        Result moved = cli.run("interview", "edit", "1", "--at", inFourDays, "--focus", "coding");
        Result cleared = cli.run("interview", "edit", "1", "--interviewer-title", "");

        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(moved.err())
                .isEqualTo("jsa: changed interview 1: at " + inThreeDays + " → " + inFourDays
                        + ", focus system_design → coding\n");
        assertThat(cleared.err()).contains("interviewer title Staff Engineer → (none)");
        assertThat(cli.query("SELECT stage || ', ' || format || ', ' || focus || ', ' || interviewer_name || ', '"
                        + " || coalesce(interviewer_title, '-') FROM interview"))
                .isEqualTo("technical_screen, virtual_meeting, coding, Dana Ruiz, -");
        assertThat(cli.run("interviews").out()).contains(inFourDays).doesNotContain(inThreeDays);
        assertThat(cli.run("app", "show", "1").out())
                .contains(today + "  interview changed (technical_screen) — interview 1: at " + inThreeDays + " → "
                        + inFourDays + ", focus system_design → coding")
                .contains(inFourDays + " technical_screen, virtual_meeting, coding, with Dana Ruiz [interview 1]");
    }

    @Test
    void editRefusesUnknownIdsBadTimesATimeBeforeTheApplicationAndNoChange() {
        Result unknown = cli.run("interview", "edit", "9", "--stage", "final_loop");
        Result badTime = cli.run("interview", "edit", "1", "--at", "next tuesday");
        Result beforeApplying = cli.run("interview", "edit", "1", "--at", "2026-10-30 10:00");
        Result nothing = cli.run("interview", "edit", "1");
        Result same = cli.run("interview", "edit", "1", "--stage", "technical_screen", "--interviewer", "Dana Ruiz");
        Result badStage = cli.run("interview", "edit", "1", "--stage", "lunch");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("jsa: error: no interview 9");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("'next tuesday' is not a date and time");
        assertThat(beforeApplying.exitCode()).isEqualTo(2);
        assertThat(beforeApplying.err())
                .contains("the interview on 2026-10-30 is before the application on 2026-11-02");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("nothing to change");
        assertThat(same.exitCode()).isEqualTo(1);
        assertThat(same.err()).contains("interview 1 already has these details");
        assertThat(badStage.exitCode()).isEqualTo(2);
        assertThat(cli.query("SELECT count(*) FROM application_event WHERE kind = 'interview_changed'"))
                .isEqualTo("0");
        assertThat(cli.query("SELECT stage FROM interview")).isEqualTo("technical_screen");
    }

    @Test
    void editOfAPreparedInterviewsStageSaysItsPreparationIsForTheOldOne() {
        prepare();

        Result edited = cli.run("interview", "edit", "1", "--stage", "final_loop");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(edited.err())
                .contains("stage technical_screen → final_loop")
                .contains("its preparation was written before this change;"
                        + " 'jsa interview-prep generate 1 --interview 1 --force' writes it again");
        assertThat(cli.count("interview_preparation")).isEqualTo(1);
    }

    @Test
    void cancelDeletesTheInterviewWithItsPreparationAndNotesSaysSoAndKeepsTheTimeline() {
        prepare();
        assertThat(cli.run("interview", "note", "1", "Bring", "the", "design", "doc")
                        .exitCode())
                .isZero();

        Result cancelled = cli.run("interview", "cancel", "1", "--reason", "they filled the role");
        Result again = cli.run("interview", "cancel", "1");

        assertThat(cancelled.exitCode()).as(cancelled.err()).isZero();
        assertThat(cancelled.err())
                .isEqualTo("jsa: cancelled interview 1 (technical_screen on " + inThreeDays + ") of application 1\n"
                        + "jsa: its preparation was deleted too\n"
                        + "jsa: its 1 note was deleted too; 'jsa app show 1' still has them on the timeline\n");
        assertThat(cli.count("interview")).isZero();
        assertThat(cli.count("interview_preparation")).isZero();
        assertThat(cli.count("interview_note")).isZero();
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("no interview 1");
        assertThat(cli.run("interviews", "--all").err()).contains("no interviews");
        assertThat(cli.run("app", "show", "1").out())
                .contains("interview scheduled: technical_screen")
                .contains("interview note (technical_screen) — Bring the design doc")
                .contains(today + "  interview cancelled — interview 1, technical_screen on " + inThreeDays
                        + ": they filled the role")
                .doesNotContain("UPCOMING INTERVIEWS");
    }

    @Test
    void cancelWithoutPreparationOrNotesSaysNothingMoreAndAnUnknownIdIsRefused() {
        Result unknown = cli.run("interview", "cancel", "7");
        Result cancelled = cli.run("interview", "cancel", "1");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("jsa: error: no interview 7");
        assertThat(cancelled.err())
                .isEqualTo("jsa: cancelled interview 1 (technical_screen on " + inThreeDays + ") of application 1\n");
        assertThat(cli.query("SELECT value || ' ' || detail FROM application_event WHERE kind = 'interview_changed'"))
                .isEqualTo("cancelled interview 1, technical_screen on " + inThreeDays);
    }

    private void prepare() {
        cli.execute("INSERT INTO interview_preparation (interview_id, predicted_questions, interviewer_questions)"
                + " VALUES (1, 'Q', 'A')");
    }
}
