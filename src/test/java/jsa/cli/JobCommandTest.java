package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.cli.CliRunner.Result;

class JobCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void northwind() {
        cli = new CliRunner(dir);
        Result parsed = cli.run("parse-jd", "examples/jds/northwind-senior-backend-engineer.md");
        assertThat(parsed.exitCode()).as(parsed.err()).isZero();
    }

    @Test
    void jsonListsTheTableColumnsNotTheStoredText() throws IOException {
        Result result = cli.run("job", "list", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode job = JSON.readTree(result.out()).get(0);
        assertThat(job.fieldNames())
                .toIterable()
                .containsExactly(
                        "id",
                        "company",
                        "listing_job_title",
                        "level",
                        "work_setting",
                        "min_experience_years",
                        "min_salary",
                        "max_salary",
                        "salary_currency",
                        "salary_period",
                        "added");
        assertThat(job.get("company").asText()).isEqualTo("Northwind Analytics");
        assertThat(job.get("work_setting").asText()).isEqualTo("hybrid");
        assertThat(result.out()).contains("\"min_salary\" : 165000,").doesNotContain("raw_jd_text", "jd_hash");
        assertThat(job.get("added").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void aTableShowsAScreenfulAndSaysHowManyWereLeftOut() {
        addJobs(60);

        Result table = cli.run("job", "list");
        Result csv = cli.run("job", "list", "--format", "csv");

        assertThat(table.exitCode()).isZero();
        assertThat(table.out().lines())
                .hasSize(51)
                .element(1)
                .asString()
                .startsWith("61 ")
                .contains("Acme 60");
        assertThat(table.out().lines()).last().asString().contains("Acme 11 ");
        assertThat(table.err()).isEqualTo("jsa: showing the newest 50 of 61 jobs; --limit 0 shows them all" + NL);
        assertThat(csv.out().lines()).hasSize(62);
        assertThat(csv.err()).isEmpty();
    }

    @Test
    void limitChoosesHowManyAndZeroShowsAll() {
        addJobs(3);

        Result two = cli.run("job", "list", "--limit", "2", "--format", "csv");
        Result all = cli.run("job", "list", "--limit", "0");
        Result exact = cli.run("job", "list", "--limit", "4", "--format", "json");

        assertThat(two.out().lines()).hasSize(3);
        assertThat(two.err()).isEqualTo("jsa: showing the newest 2 of 4 jobs; --limit 0 shows them all" + NL);
        assertThat(all.out().lines()).hasSize(5);
        assertThat(all.err()).isEmpty();
        assertThat(exact.err()).isEmpty();
    }

    @Test
    void aNegativeLimitIsAUsageError() {
        Result result = cli.run("job", "list", "--limit", "-1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("--limit -1 is negative").contains("0 for all");
    }

    @Test
    void showPrintsYamlOrJsonAndRejectsOtherFormats() throws IOException {
        Result yaml = cli.run("job", "show", "1");
        Result json = cli.run("job", "show", "1", "--format", "json");
        Result xml = cli.run("job", "show", "1", "--format", "xml");

        assertThat(yaml.exitCode()).isZero();
        assertThat(yaml.out()).startsWith("id: 1" + "\n").contains("company: Northwind Analytics");
        assertThat(JSON.readTree(json.out()).at("/metadata/company").asText()).isEqualTo("Northwind Analytics");
        assertThat(xml.exitCode()).isEqualTo(2);
        assertThat(xml.out()).isEmpty();
        assertThat(xml.err()).contains("'--format'", "xml", "yaml, json");
    }

    /** {@code count} more jobs, each newer than the last. */
    private void addJobs(int count) {
        cli.execute("INSERT INTO job (company, listing_job_title, created_at) VALUES "
                + IntStream.rangeClosed(1, count)
                        .mapToObj(i -> "('Acme %d', 'Engineer %d', '2099-01-01T%02d:%02d:00.000Z')"
                                .formatted(i, i, i / 60, i % 60))
                        .collect(Collectors.joining(", ")));
    }
}
