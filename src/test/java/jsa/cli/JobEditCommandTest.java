package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

class JobEditCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void parsedJob() {
        cli = new CliRunner(dir);
        Result parsed = cli.run("parse-jd", "examples/jds/northwind-senior-backend-engineer.md");
        assertThat(parsed.exitCode()).as(parsed.err()).isZero();
    }

    @Test
    void anEditorChangeIsValidatedAndSaved() throws IOException {
        cli.env(
                "EDITOR",
                cli.editor(
                        "sed -i -e 's/work_setting: hybrid/work_setting: remote/' -e 's/min_experience_years: 5/min_experience_years: 7/'"));

        Result result = cli.run("job", "edit", "1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("updated job 1");
        assertThat(cli.query("SELECT work_setting || ' ' || min_experience_years FROM job"))
                .isEqualTo("remote 7");
        assertThat(cli.query("SELECT raw_jd_text IS NOT NULL AND jd_hash IS NOT NULL FROM job"))
                .isEqualTo("1");
    }

    @Test
    void anInvalidEditChangesNothingAndIsKeptForAFix() throws IOException {
        cli.env("EDITOR", cli.editor("sed -i 's/work_setting: hybrid/work_setting: sometimes/'"));

        Result result = cli.run("job", "edit", "1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .contains("metadata.work_setting must match")
                .contains("(was 'sometimes')")
                .contains("your edit is kept in");
        Path kept = Path.of(result.err().replaceAll("(?s).*kept in (\\S+);.*", "$1"));
        assertThat(Files.readString(kept)).contains("work_setting: sometimes");
        assertThat(cli.query("SELECT work_setting FROM job")).isEqualTo("hybrid");

        Files.writeString(kept, Files.readString(kept).replace("sometimes", "onsite"));
        Result fixed = cli.run("job", "edit", "1", "--file", kept.toString());
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        assertThat(cli.query("SELECT work_setting FROM job")).isEqualTo("onsite");
    }

    @Test
    void requirementsAreReplacedInTheGivenOrderAndMisspeltFieldsRefused() throws IOException {
        Path yaml = dir.resolve("job.yaml");
        Files.writeString(yaml, """
                metadata:
                  company: Northwind Analytics
                  listing_job_title: Staff Engineer
                  min_salary: 27.87
                  max_salary: 30
                requirements:
                  - {text: Rust, keywords: [Rust], relevance: 0.2}
                  - {text: Go, keywords: [Go], relevance: 0.9}
                """);
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "metadata:\n  compnay: X\nrequirements: []\n");

        Result applied = cli.run("job", "edit", "1", "--file", yaml.toString());
        Result refused = cli.run("job", "edit", "1", "--file", typo.toString());

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(cli.query("SELECT group_concat(text) FROM (SELECT text FROM requirement ORDER BY position)"))
                .isEqualTo("Rust,Go");
        assertThat(cli.query("SELECT listing_job_title || ' ' || min_salary || ' ' || (work_setting IS NULL) FROM job"))
                .isEqualTo("Staff Engineer 27.87 1");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("compnay");
        assertThat(cli.query("SELECT listing_job_title FROM job")).isEqualTo("Staff Engineer");
    }

    @Test
    void anUnchangedFileChangesNothing() throws IOException {
        cli.env("EDITOR", cli.editor("true"));

        Result result = cli.run("job", "edit", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("job 1 unchanged");
        assertThat(cli.run("job", "edit", "7", "--file", "x").exitCode()).isEqualTo(2);
    }
}
