package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.cli.CliRunner.Result;

class ParseJdCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NORTHWIND = "examples/jds/northwind-senior-backend-engineer.md";

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void sandbox() {
        cli = new CliRunner(dir);
    }

    @Test
    void offlineParsePrintsTheModelSavesTheJobAndSaysItIsRuleBased() throws IOException {
        Result result = cli.run("parse-jd", NORTHWIND);

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode model = JSON.readTree(result.out());
        assertThat(model.fieldNames()).toIterable().containsExactly("metadata", "requirements");
        assertThat(model.get("metadata").fieldNames())
                .toIterable()
                .containsExactly(
                        "company",
                        "listing_job_title",
                        "role",
                        "specialization",
                        "level",
                        "location",
                        "work_setting",
                        "min_experience_years",
                        "min_salary",
                        "max_salary",
                        "salary_currency",
                        "salary_period");
        assertThat(result.out()).contains("\"min_salary\" : 165000,");
        assertThat(model.at("/metadata/min_salary").asInt()).isEqualTo(165000);
        assertThat(model.at("/metadata/max_salary").asInt()).isEqualTo(205000);
        assertThat(model.at("/metadata/min_experience_years").asInt()).isEqualTo(5);
        assertThat(model.at("/metadata/work_setting").asText()).isEqualTo("hybrid");
        assertThat(model.get("requirements")).isNotEmpty();
        assertThat(result.err())
                .contains("offline rule-based engine, not a language model")
                .contains("saved job 1");
        assertThat(cli.query("SELECT count(*) FROM requirement WHERE job_id = 1"))
                .isEqualTo(Integer.toString(model.get("requirements").size()));
        assertThat(cli.query("SELECT provider || ' ' || ok || ' ' || job_id FROM llm_call"))
                .isEqualTo("offline 1 1");
    }

    @Test
    void theSamePostingParsedAgainUpdatesItsJob() {
        cli.run("parse-jd", NORTHWIND, "--url", "https://northwind.example/jobs/1");

        Result again = cli.run("parse-jd", NORTHWIND, "--title", "Senior Backend Engineer");

        assertThat(again.err()).contains("updated job 1");
        assertThat(cli.query("SELECT count(*) FROM job")).isEqualTo("1");
        assertThat(cli.query("SELECT listing_job_title || ' ' || url FROM job"))
                .isEqualTo("Senior Backend Engineer https://northwind.example/jobs/1");
        Result list = cli.run("job", "list");
        assertThat(list.out()).contains("Senior Backend Engineer").contains("165000-205000 USD/year");
        assertThat(cli.run("job", "show", "1").out())
                .contains("listing_job_title: Senior Backend Engineer")
                .contains("requirements:");
        assertThat(cli.run("job", "show", "1", "--text").out()).contains("Northwind Analytics builds");
        assertThat(cli.run("job", "show", "9").exitCode()).isEqualTo(1);
    }

    @Test
    void theSameTextUnderAnotherPostingIdIsRefusedNotMerged() {
        cli.run("parse-jd", NORTHWIND, "--external-id", "R1");
        cli.run("parse-jd", "examples/jds/harbor-data-engineer.html", "--external-id", "H1");

        Result otherId = cli.run("parse-jd", NORTHWIND, "--external-id", "R2");
        Result takenId = cli.run("parse-jd", NORTHWIND, "--external-id", "H1", "--company", "Harbor Health");

        assertThat(otherId.exitCode()).isEqualTo(2);
        assertThat(otherId.err()).contains("this text is already job 1, posting R1, not R2");
        assertThat(takenId.exitCode()).isEqualTo(2);
        assertThat(takenId.err()).contains("this text is already job 1, but Harbor Health's posting H1 is job 2");
        assertThat(cli.query("SELECT group_concat(external_job_id || ':' || company) FROM job"))
                .isEqualTo("R1:Northwind Analytics,H1:Harbor Health");
    }

    @Test
    void aLatin1FileIsReadWithAWarningAndAPathWithoutANameWorks() throws IOException {
        Path latin1 = dir.resolve("cafe.txt");
        Files.write(
                latin1,
                "Barista\nCaf\u00e9 Corp - Lyon\n\nRequirements:\n- 1+ year of caf\u00e9 experience\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        Result result = cli.run("parse-jd", latin1.toString(), "--no-save");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("warning: " + latin1 + " is not UTF-8; it was read as Windows-1252");
        assertThat(result.out()).contains("caf\u00e9 experience");
        assertThat(cli.run("parse-jd", "/").err()).startsWith("jsa: error: cannot read /");
        Path pdf = Files.write(
                dir.resolve("posting.pdf"), "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1));
        Path binary = Files.write(dir.resolve("posting.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xFF, 1, 2});
        assertThat(cli.run("parse-jd", pdf.toString()).err()).contains("is a PDF, not text");
        assertThat(cli.run("parse-jd", binary.toString()).err()).contains("is a binary file, not text");
        // valid UTF-8, but NUL bytes are no text either
        Path nul = Files.write(dir.resolve("nul.txt"), new byte[] {0, 1, 'a', 'b'});
        assertThat(cli.run("parse-jd", nul.toString()).err()).contains("is a binary file, not text");
    }

    @Test
    void stdinHtmlIsNormalizedAndNoSaveStoresNothing() throws IOException {
        cli.stdin(Files.readString(Path.of("examples/jds/harbor-data-engineer.html")));

        Result result = cli.run("parse-jd", "-", "--no-save");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode model = JSON.readTree(result.out());
        assertThat(model.at("/metadata/work_setting").asText()).isEqualTo("remote");
        assertThat(model.at("/metadata/min_experience_years").asInt()).isEqualTo(3);
        assertThat(result.err()).doesNotContain("saved");
        assertThat(cli.query("SELECT count(*) FROM job")).isEqualTo("0");
    }

    @Test
    void aPostingWithoutItsCompanyIsRefusedUnlessTheUserNamesIt() {
        cli.stdin("Backend Engineer\n\nRequirements:\n- 3+ years of Go\n");

        Result refused = cli.run("parse-jd", "-");
        Result named = cli.run("parse-jd", "-", "--company", "Fabrikam", "--title", "Backend Engineer");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("does not name the company").contains("--company");
        // the parse was made (and maybe paid for): it is printed all the same
        assertThat(refused.out()).contains("\"listing_job_title\" : \"Backend Engineer\"");
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(cli.query("SELECT company FROM job")).isEqualTo("Fabrikam");
    }

    @Test
    void badInputIsAOneLineUsageErrorThatWritesNothing() {
        Result missing = cli.run("parse-jd", dir.resolve("nope.txt").toString());
        Result empty = cli.stdin("  \n\n").run("parse-jd", "-");
        Result tooLong = cli.stdin("word ".repeat(30_000)).run("parse-jd", "-");
        Result noKey = cli.run("parse-jd", NORTHWIND, "--provider", "anthropic");
        Result badBudget = cli.run("parse-jd", NORTHWIND, "--budget", "ten");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("jsa: error: cannot read").contains("nope.txt");
        assertThat(empty.err()).contains("the job description is empty");
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).contains("100000");
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("ANTHROPIC_API_KEY");
        assertThat(badBudget.exitCode()).isEqualTo(2);
        assertThat(badBudget.err()).contains("'ten' is not an amount of US dollars");
        for (Result result : new Result[] {missing, empty, tooLong, noKey, badBudget}) {
            assertThat(result.err().lines()).hasSize(1);
        }
        assertThat(cli.query("SELECT (SELECT count(*) FROM job) + (SELECT count(*) FROM llm_call)"))
                .isEqualTo("0");
    }
}
