package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/**
 * {@code interview-prep generate|show} with the offline engine on {@code examples/profile.yaml} and
 * the Northwind JD, applied to with three interviews: a past recruiter screen (1), a technical
 * screen on system design in three days (2) and a final loop with the hiring manager in a week (3).
 */
class InterviewPrepCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void application() {
        cli = new CliRunner(dir);
        succeed("profile", "import", "examples/profile.yaml");
        succeed("parse-jd", "--provider", "offline", "examples/jds/northwind-senior-backend-engineer.md");
        succeed("apply", "--job", "1", "--date", LocalDate.now().minusDays(10).toString());
    }

    @Test
    void anApplicationWithoutInterviewsGetsNothing() {
        Result result = cli.run("interview-prep", "generate", "1", "--provider", "offline");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("application 1 has no interviews, so there is nothing to prepare for");
        assertThat(cli.count("interview_preparation_base")).isZero();
        assertThat(cli.count("llm_call")).isEqualTo(1); // the parse-jd call only
    }

    @Test
    void eachUpcomingInterviewGetsAPreparationFittedToItsStageAndFocus() {
        scheduleInterviews();

        Result result = cli.run("interview-prep", "generate", "1", "--provider", "offline");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err())
                .contains("application 1: base preparation written")
                .contains("interview 2: preparation written")
                .contains("interview 3: preparation written")
                .doesNotContain("interview 1:")
                .doesNotContain("⚑");
        assertThat(cli.count("interview_preparation_base")).isEqualTo(1);
        assertThat(cli.query("SELECT group_concat(interview_id) FROM interview_preparation"))
                .isEqualTo("2,3");
        assertThat(cli.query("SELECT count(*) FROM llm_call WHERE task = 'interview-prep'"))
                .isEqualTo("3");
        assertThat(cli.query("SELECT group_concat(DISTINCT prompt_name) FROM llm_call WHERE task = 'interview-prep'"))
                .isEqualTo("interview-prep-base,interview-prep");
        String technical = cli.query("SELECT predicted_questions FROM interview_preparation WHERE interview_id = 2");
        String finalLoop = cli.query("SELECT predicted_questions FROM interview_preparation WHERE interview_id = 3");
        assertThat(technical)
                .contains("Design a system for")
                .contains("- **Situation:**")
                .contains("- **Result:**")
                .isNotEqualTo(finalLoop);
        assertThat(finalLoop).contains("How do you keep your manager informed").contains("owned a problem");
        assertThat(cli.query("SELECT interviewer_questions FROM interview_preparation WHERE interview_id = 2"))
                .contains("Which part of the architecture would you redesign")
                .isNotEqualTo(
                        cli.query("SELECT interviewer_questions FROM interview_preparation WHERE interview_id = 3"));
        assertThat(cli.query("SELECT formatted_jd FROM interview_preparation_base"))
                .contains("- **Strong Java or Kotlin skills and experience with Spring Boot**")
                .contains("- 5+ years of professional software engineering experience\n")
                .contains("Company: Northwind Analytics\n\nLocation: Seattle, WA");
    }

    @Test
    void storedPreparationsAreKeptUnlessForced() {
        scheduleInterviews();
        succeed("interview-prep", "generate", "1", "--provider", "offline");
        cli.execute("UPDATE interview_preparation SET predicted_questions = 'mine' WHERE interview_id = 2");
        cli.execute("UPDATE interview_preparation_base SET company_context = 'mine'");

        Result kept = cli.run("interview-prep", "generate", "1", "--provider", "offline");
        String keptQuestions =
                cli.query("SELECT predicted_questions FROM interview_preparation WHERE interview_id = 2");
        Result past = cli.run("interview-prep", "generate", "1", "--interview", "1", "--provider", "offline");
        Result forced =
                cli.run("interview-prep", "generate", "1", "--interview", "2", "--force", "--provider", "offline");

        assertThat(kept.exitCode()).as(kept.err()).isZero();
        assertThat(kept.err())
                .contains("base preparation kept (--force writes it again)")
                .contains("interview 2: preparation kept")
                .contains("interview 3: preparation kept");
        assertThat(keptQuestions).isEqualTo("mine");
        assertThat(past.err()).contains("interview 1: preparation written");
        // one interview asked for: its preparation is written again, the base only when missing
        assertThat(forced.err())
                .contains("base preparation kept (--interview writes that interview's only)")
                .contains("interview 2: preparation written");
        assertThat(cli.query("SELECT predicted_questions FROM interview_preparation WHERE interview_id = 2"))
                .startsWith("#### 1.");
        assertThat(cli.query("SELECT company_context FROM interview_preparation_base"))
                .isEqualTo("mine");
        assertThat(cli.query("SELECT count(*) FROM llm_call WHERE task = 'interview-prep'"))
                .isEqualTo("5");
    }

    @Test
    void showPrintsTheBaseAndTheNextInterviewOrWarnsWhenTheChosenOneIsNotPrepared() {
        scheduleInterviews();
        Result before = cli.run("interview-prep", "show", "1");
        succeed("interview-prep", "generate", "1", "--interview", "3", "--provider", "offline");

        Result next = cli.run("interview-prep", "show", "1");
        Result chosen = cli.run("interview-prep", "show", "1", "--interview", "3");
        Result unknown = cli.run("interview-prep", "show", "1", "--interview", "9");

        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.err())
                .contains("application 1 has no interview preparation yet")
                .contains("jsa interview-prep generate 1");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out())
                .startsWith("# Interview preparation: Senior Backend Engineer, Payments at Northwind Analytics")
                .contains("## Job description", "## Company and product", "## Primary drivers")
                .contains("## Background narrative", "**Opening line.**", "**Forward hook.**")
                .contains("- Interview 2: technical screen (system design)")
                .contains("not prepared (shown below)")
                .doesNotContain("### Predicted questions");
        assertThat(next.err())
                .contains("warning: interview 2 has no preparation yet;"
                        + " run 'jsa interview-prep generate 1 --interview 2'");
        assertThat(chosen.out())
                .contains("## Interview 3: final loop (hiring manager)")
                .contains("with Morgan Lee")
                .contains("### Predicted questions\n\n#### 1. How do you keep your manager informed")
                .contains("### Questions to ask\n\n1. **What would you want me to have achieved after a year?**");
        assertThat(chosen.err()).isEmpty();
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("application 1 has no interview 9");
    }

    @Test
    void upcomingPreparesTheInterviewsOfTheComingDaysThatHaveNone() {
        scheduleInterviews();

        Result soon = cli.run("interview-prep", "generate", "--upcoming", "--days", "5", "--provider", "offline");
        Result again = cli.run("interview-prep", "generate", "--upcoming", "--days", "5", "--provider", "offline");
        Result week = cli.run("interview-prep", "generate", "--upcoming", "--provider", "offline");
        Result both = cli.run("interview-prep", "generate", "1", "--upcoming");

        assertThat(soon.exitCode()).as(soon.err()).isZero();
        assertThat(soon.out()).isEqualTo("1\n");
        assertThat(soon.err()).contains("base preparation written").contains("interview 2: preparation written");
        assertThat(again.err()).contains("every interview of the next 5 days is prepared already");
        assertThat(week.err())
                .contains("base preparation kept")
                .contains("interview 3: preparation written")
                .doesNotContain("interview 2:");
        assertThat(cli.query("SELECT group_concat(interview_id) FROM interview_preparation"))
                .isEqualTo("2,3");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give APP_ID or --upcoming");
    }

    private void scheduleInterviews() {
        scheduleInterviews(cli);
    }

    /** Application 1's three interviews, as this class's Javadoc lists them. */
    static void scheduleInterviews(CliRunner cli) {
        succeed(
                cli,
                "app",
                "status",
                "1",
                "callback",
                "--date",
                LocalDate.now().minusDays(5).toString());
        succeed(
                cli,
                "interview",
                "add",
                "1",
                "--stage",
                "recruiter_screen",
                "--at",
                LocalDate.now().minusDays(2) + " 10:00");
        succeed(
                cli,
                "interview",
                "add",
                "1",
                "--stage",
                "technical_screen",
                "--focus",
                "system_design",
                "--at",
                LocalDate.now().plusDays(3) + " 12:00");
        succeed(
                cli,
                "interview",
                "add",
                "1",
                "--stage",
                "final_loop",
                "--focus",
                "hiring_manager",
                "--interviewer",
                "Morgan Lee",
                "--at",
                LocalDate.now().plusDays(7) + " 15:00");
    }

    private void succeed(String... args) {
        succeed(cli, args);
    }

    static void succeed(CliRunner cli, String... args) {
        Result result = cli.run(args);
        assertThat(result.exitCode())
                .as(String.join(" ", args) + ": " + result.err())
                .isZero();
    }
}
