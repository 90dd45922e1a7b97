package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.cli.CliRunner.Result;

/** {@code resume list}, {@code show} and {@code diff} over resumes stored through a loopback model. */
class ResumeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NL = System.lineSeparator();
    private static final String LUMENFIELD =
            "Software Engineer II — Lumenfield Health · Seattle, WA · Apr 2023 – present";
    private static final String CUT =
            "Cut p95 latency from 4.2 s to 650 ms by rewriting eligibility checks as an async fan-out";
    private static final String SAVED = "Saved $2M a year by moving claims reporting to Kubernetes";

    @TempDir
    Path dir;

    private CliRunner cli;
    private ResumeLoopback model;

    @BeforeEach
    void profileAndJob() throws IOException {
        cli = new CliRunner(dir);
        model = new ResumeLoopback(cli);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void listShowsNewestFirstWithShownAndFlaggedBullets() {
        model.generate("--job", "1");
        model.generate("--job", "1");
        model.generate("--role", "Data Engineer");
        // of resume 1's five flagged bullets, one is left out and one reworded
        cli.execute("UPDATE resume_role_bullet SET exclude = 1 WHERE id = 2");
        cli.execute("UPDATE resume_role_bullet SET override_text = 'Built the rate-quote service' WHERE id = 3");

        Result result = cli.run("resume", "list");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines())
                .hasSize(4)
                .satisfiesExactly(
                        header -> assertThat(header)
                                .matches(
                                        "ID +JOB +COMPANY +TITLE +VERSION +TEMPLATE +BULLETS +FLAGGED +MODEL +CREATED"),
                        general -> assertThat(general)
                                .matches("3 {13,}general: Data Engineer +1 +data-engineer +\\d/\\d +⚑ \\d .*"),
                        second -> assertThat(second).matches("2 +1 +Northwind Analytics +.* 6/6 +⚑ 5 .*"),
                        first -> assertThat(first)
                                .matches(
                                        "1 +1 +Northwind Analytics +Senior Backend Engineer, Payments +1 +senior-backend"
                                                + " +5/6 +⚑ 3 +claude-haiku-5-5 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
    }

    @Test
    void listFiltersByJobInEveryFormatAndSaysWhatItLeftOut() throws IOException {
        model.generate("--job", "1");
        model.generate("--role", "Data Engineer");
        model.generate("--job", "1");

        Result json = cli.run("resume", "list", "--job", "1", "--format", "json");
        Result csv = cli.run("resume", "list", "--format", "csv", "--limit", "1");
        Result none = cli.run("resume", "list", "--job", "7");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode rows = JSON.readTree(json.out());
        assertThat(rows.findValuesAsText("id")).containsExactly("3", "1");
        assertThat(rows.get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "id",
                        "job_id",
                        "company",
                        "title",
                        "target_role",
                        "target_level",
                        "version",
                        "template",
                        "bullets",
                        "shown_bullets",
                        "flagged_bullets",
                        "provider",
                        "model",
                        "created");
        assertThat(rows.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("flagged_bullets").asInt()).isEqualTo(5);
        assertThat(csv.out().lines())
                .containsExactly(
                        "ID,JOB,COMPANY,TITLE,VERSION,TEMPLATE,BULLETS,FLAGGED,MODEL,CREATED",
                        csv.out().lines().toList().get(1));
        assertThat(csv.out().lines().toList().get(1)).startsWith("3,1,\"Northwind Analytics\",");
        assertThat(csv.err()).isEqualTo("jsa: showing the newest 1 of 3 resumes; --limit 0 shows them all" + NL);
        assertThat(none.exitCode()).isZero();
        assertThat(none.out().lines()).hasSize(1);
        assertThat(none.err()).isEqualTo("jsa: no resumes for job 7; 'jsa gen-resume' writes one" + NL);
    }

    @Test
    void showPrintsTheResumeAsItRendersAndItsHeaderOnStderr() {
        model.generate("--job", "1");
        changeResumeOne();

        Result result = cli.run("resume", "show", "1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("Tessa Lindqvist\n")
                .contains(LUMENFIELD + "\n  • Cut eligibility latency by 85%\n\nSoftware Engineer — Harborline")
                .contains("  • " + SAVED + "  ⚑ unverified: $2M\n")
                .contains("SKILLS\n\n  Languages: Java, Python\n\nEDUCATION")
                .doesNotContain("Kafka", "resume 1");
        assertThat(result.err())
                .matches("jsa: resume 1, version 1, job 1: Northwind Analytics, Senior Backend Engineer, Payments;"
                        + " template senior-backend; model claude-haiku-5-5 \\(anthropic\\);"
                        + " created \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC" + NL);
    }

    @Test
    void idsAndAllShowTheIdsTheItemCommandsTakeAndMarkWhatIsLeftOut() {
        model.generate("--job", "1");
        changeResumeOne();

        Result ids = cli.run("resume", "show", "1", "--ids");
        Result all = cli.run("resume", "show", "1", "--ids", "--all");

        assertThat(ids.out())
                .contains(LUMENFIELD + "\n  [1] Cut eligibility latency by 85%\n\n")
                .contains("  [4] " + SAVED + "  ⚑ unverified: $2M\n")
                .contains("  [1] Languages: Java, Python\n\n");
        assertThat(all.out())
                .contains(LUMENFIELD + "\n  [1] Cut eligibility latency by 85%\n  ✗ [2] " + SAVED
                        + "  ⚑ unverified: $2M, Kubernetes\n\n")
                .contains("  [1] Languages: Java, Python\n  ✗ [2] Data: Kafka, PostgreSQL\n");
        assertThat(all.out().lines().filter(line -> !line.contains("✗")))
                .containsExactlyElementsOf(ids.out().lines().toList());
    }

    @Test
    void jsonIsTheStoredResumeWithGeneratedTextOverridesAndFlags() throws IOException {
        model.generate("--job", "1");
        changeResumeOne();

        Result result = cli.run("resume", "show", "1", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode resume = JSON.readTree(result.out());
        assertThat(resume.at("/summary/template_name").asText()).isEqualTo("senior-backend");
        assertThat(resume.at("/roles/0/bullets/0/text").asText()).isEqualTo(CUT);
        assertThat(resume.at("/roles/0/bullets/0/override_text").asText()).isEqualTo("Cut eligibility latency by 85%");
        assertThat(resume.at("/roles/0/bullets/1/exclude").asBoolean()).isTrue();
        assertThat(resume.at("/roles/0/bullets/1/flags").findValuesAsText("text"))
                .containsExactly("$2M", "Kubernetes");
        assertThat(resume.at("/skills/1/exclude").asBoolean()).isTrue();
    }

    @Test
    void diffShowsChangedLinesUnderTheRoleTheyAreIn() {
        model.generate("--job", "1");
        model.generate("--job", "1");
        // the second bullet of the last role (Brightmoss) of resume 2
        cli.execute("UPDATE resume_role_bullet SET override_text = 'Moved reports to Spark' WHERE id = 12");

        Result result = cli.run("resume", "diff", "1", "2");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("--- resume 1 (version 1, job 1: Northwind Analytics, Senior Backend Engineer, Payments)\n"
                        + "+++ resume 2 (version 2, job 1: Northwind Analytics, Senior Backend Engineer, Payments)\n"
                        + "@@ -15,7 +15,7 @@ Associate Software Engineer — Brightmoss Analytics · Portland, OR"
                        + " · Jul 2018 – Jul 2020\n")
                .contains("\n-  • " + SAVED
                        + "  ⚑ unverified: $2M, Kubernetes\n+  • Moved reports to Spark\n \n SKILLS\n");
        assertThat(result.out().lines().filter(line -> line.startsWith("-") || line.startsWith("+")))
                .hasSize(4);
    }

    @Test
    void identicalResumesSaySoAndAMissingOneIsAnError() {
        model.generate("--job", "1");
        model.generate("--job", "1");

        Result same = cli.run("resume", "diff", "1", "2");
        Result missing = cli.run("resume", "diff", "1", "9");

        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).isEmpty();
        assertThat(same.err()).isEqualTo("jsa: resumes 1 and 2 render the same text" + NL);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("jsa: error: no resume 9; 'jsa resume list' shows the resumes" + NL);
    }

    /** Rewords bullet 1, leaves out bullet 2 and skills category 2 of resume 1. */
    private void changeResumeOne() {
        cli.execute("UPDATE resume_role_bullet SET override_text = 'Cut eligibility latency by 85%' WHERE id = 1");
        cli.execute("UPDATE resume_role_bullet SET exclude = 1 WHERE id = 2");
        cli.execute("UPDATE resume_skills_category SET exclude = 1 WHERE id = 2");
    }
}
