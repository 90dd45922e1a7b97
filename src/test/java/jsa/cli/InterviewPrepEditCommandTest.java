package jsa.cli;

import static jsa.cli.InterviewPrepCommandTest.scheduleInterviews;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/**
 * {@code interview-prep edit}: the Markdown form in a scripted editor or applied with --file, on
 * application 1 of {@link InterviewPrepCommandTest} with interview 2 prepared offline and 3 not;
 * and {@code interviews} and {@code interview-prep show} telling which are prepared.
 */
class InterviewPrepEditCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void preparedApplication() {
        cli = new CliRunner(dir);
        succeed("profile", "import", "examples/profile.yaml");
        succeed("parse-jd", "--provider", "offline", "examples/jds/northwind-senior-backend-engineer.md");
        succeed("apply", "--job", "1", "--date", LocalDate.now().minusDays(10).toString());
        scheduleInterviews(cli);
        succeed("interview-prep", "generate", "1", "--interview", "2", "--provider", "offline");
    }

    @Test
    void theBaseFormHasOneHeadingPerSectionAndAnEditIsSavedAndShown() throws IOException {
        String form = form("edit", "1");
        String edited = form.replaceFirst(
                "(?s)(# Company and product\n\n).*?(\n# Primary drivers)",
                "$1Northwind sells payment analytics to ## mid-size banks.\n\n## My own notes\n\n- ask about Kafka\n$2");

        Result saved = editWith(edited, "edit", "1");
        Result shown = cli.run("interview-prep", "show", "1");

        assertThat(form)
                .startsWith("<!--\njsa interview-prep edit: the base preparation of application 1,")
                .contains("\n# Job description\n\n", "\n# Company and product\n\n", "\n# Primary drivers\n\n")
                .contains("\n# Background narrative\n\n");
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.err()).isEqualTo("jsa: saved the base preparation of application 1\n");
        assertThat(cli.query("SELECT company_context FROM interview_preparation_base"))
                .isEqualTo(
                        "Northwind sells payment analytics to ## mid-size banks.\n\n## My own notes\n\n- ask about Kafka");
        assertThat(cli.query("SELECT provider FROM interview_preparation_base")).isEqualTo("offline");
        assertThat(cli.query("SELECT edited_at IS NOT NULL FROM interview_preparation_base"))
                .isEqualTo("1");
        assertThat(shown.out())
                .contains("written by the offline rules (not a language model), edited by you ")
                .contains("## Company and product\n\nNorthwind sells payment analytics");
    }

    @Test
    void anInterviewsPreparationIsEditedAloneAndOnlyDiscardEditsWritesOverIt() throws IOException {
        String form = form("edit", "1", "--interview", "2");
        String baseBefore = cli.query("SELECT formatted_jd || company_context FROM interview_preparation_base");

        Result saved = editWith(
                form.replaceFirst("(?s)(# Questions to ask\n\n).*", "$1```\n# Questions to ask\n```\n1. Why now?\n"),
                "edit",
                "1",
                "--interview",
                "2");
        String savedQuestions = cli.query("SELECT interviewer_questions FROM interview_preparation");
        Result forced =
                cli.run("interview-prep", "generate", "1", "--interview", "2", "--force", "--provider", "offline");
        String afterForce = cli.query("SELECT interviewer_questions FROM interview_preparation");
        Result discarded = cli.run(
                "interview-prep",
                "generate",
                "1",
                "--interview",
                "2",
                "--force",
                "--discard-edits",
                "--provider",
                "offline");

        assertThat(form).contains("the preparation of interview 2 (application 1)", "# Predicted questions");
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(savedQuestions).isEqualTo("```\n# Questions to ask\n```\n1. Why now?");
        assertThat(baseBefore)
                .isEqualTo(cli.query("SELECT formatted_jd || company_context FROM interview_preparation_base"));
        assertThat(forced.err())
                .contains(
                        "kept interview 2's preparation: you edited it ('--force --discard-edits' writes over your edit)");
        assertThat(afterForce).isEqualTo(savedQuestions);
        assertThat(discarded.err()).contains("replaced your edit of interview 2's preparation (--discard-edits)");
        assertThat(cli.query("SELECT interviewer_questions FROM interview_preparation"))
                .doesNotContain("Why now?");
        assertThat(cli.query("SELECT edited_at IS NULL FROM interview_preparation"))
                .isEqualTo("1");
    }

    @Test
    void anInvalidEditSavesNothingAndKeepsTheDraftToApplyWithFile() throws IOException {
        String form = form("edit", "1");
        String before = cli.query("SELECT primary_drivers FROM interview_preparation_base");
        String broken = form.replace("-->\n", "-->\nstray text\n")
                .replace("# Job description", "# Job description\n\nextra\n\n# Job description")
                .replaceFirst("(?s)(# Company and product\n\n).*?(\n# Primary drivers)", "$1$2")
                .replace("# Background narrative", "# Background");

        Result failed = editWith(broken, "edit", "1");
        String kept = failed.err().replaceAll("(?s).*your edit is kept in (\\S+);.*", "$1");
        Files.writeString(Path.of(kept), form.replace("# Primary drivers\n\n", "# Primary drivers\n\nFixed. "));
        Result fixed = cli.run("interview-prep", "edit", "1", "--file", kept);

        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err())
                .startsWith("jsa: error: the edited preparation is not valid: line 7: text before the first section")
                .contains("'# Job description' appears a second time")
                .contains("section 'Company and product' is empty")
                .contains("and 1 more problems")
                .contains("run 'jsa interview-prep edit 1 --file " + kept + "'")
                .endsWith("\n")
                .hasLineCount(1);
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        assertThat(cli.query("SELECT primary_drivers FROM interview_preparation_base"))
                .isEqualTo("Fixed. " + before);
    }

    @Test
    void anEditOfAVersionWrittenAgainMeanwhileIsRefused() throws IOException {
        String form = form("edit", "1");
        succeed("interview-prep", "generate", "1", "--force", "--provider", "offline");
        String regenerated = cli.query("SELECT company_context FROM interview_preparation_base");
        Path stale = Files.writeString(
                dir.resolve("stale.md"), form.replace("# Company and product\n\n", "# Company and product\n\nMine. "));

        Result refused = cli.run("interview-prep", "edit", "1", "--file", stale.toString());

        assertThat(form).contains("Made from the version saved at 20");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .startsWith("jsa: error: the preparation was written again after the version you edited")
                .hasLineCount(1);
        assertThat(cli.query("SELECT company_context FROM interview_preparation_base"))
                .isEqualTo(regenerated);
    }

    @Test
    void anUnchangedEditSavesNothingAndMissingPreparationsSayHowToGenerateThem() throws IOException {
        Result unchanged = editWith(form("edit", "1"), "edit", "1");
        Result notPrepared = cli.run("interview-prep", "edit", "1", "--interview", "3");
        Result notOurs = cli.run("interview-prep", "edit", "1", "--interview", "7");

        assertThat(unchanged.err()).isEqualTo("jsa: unchanged: the base preparation of application 1\n");
        assertThat(cli.query("SELECT edited_at IS NULL FROM interview_preparation_base"))
                .isEqualTo("1");
        assertThat(notPrepared.exitCode()).isEqualTo(1);
        assertThat(notPrepared.err())
                .isEqualTo("jsa: error: interview 3 has no preparation yet;"
                        + " generate it with 'jsa interview-prep generate 1 --interview 3'\n");
        assertThat(notOurs.err()).contains("application 1 has no interview 7");
    }

    @Test
    void interviewsAndShowWithoutAnApplicationTellWhichArePrepared() {
        Result table = cli.run("interviews");
        Result json = cli.run("interviews", "--format", "json");
        Result choices = cli.run("interview-prep", "show");
        Result misused = cli.run("interview-prep", "show", "--format", "pdf");

        assertThat(table.out().lines().toList()).first().asString().endsWith("PREPARED");
        assertThat(table.out().lines().skip(1).map(line -> line.substring(line.lastIndexOf(' ') + 1)))
                .containsExactly("yes", "no");
        assertThat(json.out()).contains("\"prepared\" : true").contains("\"prepared\" : false");
        assertThat(choices.exitCode()).as(choices.err()).isZero();
        assertThat(choices.out()).isEqualTo(table.out());
        assertThat(choices.err()).isEqualTo("jsa: show one with 'jsa interview-prep show APP [--interview ID]'\n");
        assertThat(misused.exitCode()).isEqualTo(2);
        assertThat(misused.err()).contains("--interview, --format and --output need APP_ID");
    }

    /** The form {@code interview-prep ARGS} opens, read by an editor that changes nothing. */
    private String form(String... args) throws IOException {
        Path copy = dir.resolve("form-" + System.nanoTime() + ".md");
        cli.env("EDITOR", cli.editor("cp \"$1\" " + copy + "; true"));
        succeed(prefixed(args));
        return Files.readString(copy);
    }

    /** Runs {@code interview-prep ARGS} with an editor that saves {@code text}. */
    private Result editWith(String text, String... args) throws IOException {
        Path saved = dir.resolve("saved-" + System.nanoTime() + ".md");
        Files.writeString(saved, text);
        cli.env("EDITOR", cli.editor("cp " + saved));
        return cli.run(prefixed(args));
    }

    private static String[] prefixed(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "interview-prep";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    private void succeed(String... args) {
        InterviewPrepCommandTest.succeed(cli, args);
    }
}
