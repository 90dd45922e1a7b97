package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;
import jsa.jd.CorpusScore;

/**
 * {@code gen-resume} end to end with the offline engine on {@code examples/profile.yaml}: the
 * example job descriptions and real postings from the JD corpus.
 */
class GenResumeCommandTest {
    private static final String CORPUS = "src/test/resources/jd-corpus/";

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void profile() {
        cli = new CliRunner(dir);
        assertThat(cli.run("profile", "import", "examples/profile.yaml").exitCode())
                .isZero();
    }

    @Test
    void theExampleJobsGetTheirTemplatesAndAJobWithoutOneFailsAloneWithExitThree() {
        Result result = cli.run(
                "gen-resume",
                "examples/jds/northwind-senior-backend-engineer.md",
                "examples/jds/contoso-support-specialist.txt",
                "examples/jds/harbor-data-engineer.html");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.err())
                .contains("[1/3] saved resume 1 for job 1 (Northwind Analytics")
                .contains("template senior-backend")
                .contains("[2/3] contoso-support-specialist.txt: error: no template for role 'Technical Support"
                        + " Specialist'")
                .contains("[3/3] saved resume 2 for job 3")
                .contains("template data-engineer")
                .contains("answered by the offline rule-based engine, not a language model");
        assertThat(result.out())
                .contains("# [1/3] northwind-senior-backend-engineer.md")
                .contains("# [3/3] harbor-data-engineer.html")
                .doesNotContain("contoso")
                .contains("Tessa Lindqvist")
                .contains("EXPERIENCE")
                .contains("SKILLS")
                .contains("Software Engineer II, Data Platform — Lumenfield Health");
        // the failed posting's job was parsed and kept: only its resume is missing
        assertThat(cli.query("SELECT count(*) FROM job")).isEqualTo("3");
        assertThat(cli.query("SELECT group_concat(job_id) FROM resume")).isEqualTo("1,3");
    }

    @Test
    void offlineBulletsComeOnlyFromTheProjectsAndKeepToEachRolesMaximum() {
        List<String> args = new ArrayList<>(List.of("gen-resume", "--template", "engineer-ii"));
        CorpusScore.ENGINEERING.forEach(file -> args.add(CORPUS + file));

        Result result = cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(cli.query("SELECT count(*) FROM resume"))
                .isEqualTo(Integer.toString(CorpusScore.ENGINEERING.size()));
        // nothing flagged: offline composes from the role's own actions, tools and outcomes
        assertThat(cli.query("SELECT count(*) FROM resume_role_bullet WHERE grounding_flags != '[]'"))
                .isEqualTo("0");
        assertThat(cli.query("""
                        SELECT count(*) FROM (
                          SELECT rr.id FROM resume_role rr
                          JOIN resume r ON r.id = rr.resume_id
                          JOIN template_role_config c
                            ON c.template_id = r.template_id AND c.experience_role_id = rr.experience_role_id
                          LEFT JOIN resume_role_bullet b ON b.resume_role_id = rr.id
                          GROUP BY rr.id HAVING count(b.id) > max(c.max_bullet_count) OR count(b.id) = 0)
                        """)).isEqualTo("0");
        assertThat(cli.query("SELECT max(length(text)) <= 300 FROM resume_role_bullet"))
                .isEqualTo("1");
        assertThat(cli.query("SELECT count(DISTINCT group_concat_text) FROM (SELECT group_concat(text) AS"
                        + " group_concat_text FROM resume_role_bullet b JOIN resume_role rr ON rr.id = b.resume_role_id"
                        + " GROUP BY rr.resume_id)"))
                .as("different postings rank different facts first")
                .isNotEqualTo("1");
    }

    @Test
    void aGeneralResumeForARoleIsVersionedByItsRole() {
        Result first = cli.run("gen-resume", "--role", "Data Engineer", "--level", "II");
        Result second = cli.run("gen-resume", "--role", "data engineer");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("saved resume 1 for Data Engineer II, version 1, template data-engineer");
        assertThat(second.err()).contains("saved resume 2 for data engineer, version 2");
        assertThat(cli.query("SELECT count(*) FROM resume WHERE job_id IS NULL"))
                .isEqualTo("2");
        assertThat(first.out()).contains("Associate Software Engineer, Data — Brightmoss Analytics");
    }

    @Test
    void missingInputsAndProfileAreOneLineErrors() {
        Result nothing = cli.run("gen-resume");
        Result levelAlone = cli.run("gen-resume", "--job", "1", "--level", "II");
        Result unknownTemplate = cli.run("gen-resume", "--role", "Data Engineer", "--template", "nope");
        Result noProfile = new CliRunner(dir.resolve("fresh")).run("gen-resume", "--role", "Data Engineer");

        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("nothing to write a resume for");
        assertThat(levelAlone.exitCode()).isEqualTo(2);
        assertThat(unknownTemplate.exitCode()).isEqualTo(2);
        assertThat(unknownTemplate.err()).contains("no template 'nope'");
        assertThat(noProfile.exitCode()).isEqualTo(1);
        assertThat(noProfile.err().lines()).singleElement().asString().contains("no profile is stored yet");
        assertThat(cli.query("SELECT count(*) FROM resume")).isEqualTo("0");
    }
}
