package jsa.cli;

import static jsa.cli.RenderPdfCommandTest.NORTHWIND;
import static jsa.cli.RenderPdfCommandTest.strings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/**
 * {@code --style auto} on a resume too long for a page: the example profile with a template that
 * shows up to 12 bullets per role (36 in all).
 */
class RenderPdfFittingTest {
    private static final String LONG_TEMPLATE = """

              - name: long
                target_role: Software Engineer
                target_level: Staff
                target_specialization: null
                template_path: html/engineer.ftlh
                style_path: css/standard.css
                roles:
                  - {experience: lumenfield_swe, max_bullet_count: 12, title_override: null}
                  - {experience: harborline_swe, max_bullet_count: 12, title_override: null}
                  - {experience: brightmoss_ase, max_bullet_count: 8, title_override: null}
                  - {experience: quillstone_intern, max_bullet_count: 6, title_override: null}
            """;
    private static final Pattern DROPPED = Pattern.compile("jsa: resume 1: dropped bullet (\\d+) of .*");

    @TempDir
    Path dir;

    private CliRunner cli;
    private Path out;

    @BeforeEach
    void longResume() throws IOException {
        cli = new CliRunner(dir);
        out = dir.resolve("out");
        Path profile = dir.resolve("long-profile.yaml");
        Files.writeString(profile, Files.readString(Path.of("examples/profile.yaml")) + LONG_TEMPLATE);
        assertThat(cli.run("profile", "import", profile.toString()).exitCode()).isZero();
        assertThat(cli.run("gen-resume", "--template", "long", "examples/jds/northwind-senior-backend-engineer.md")
                        .exitCode())
                .isZero();
    }

    @Test
    void autoTriesCompactThenDropsTheLowestRelevanceBulletsOfTheLongestRolesAndSaysWhich() {
        Result result = cli.run("render-pdf", "--job", "1", "-o", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(out.resolve(NORTHWIND + ".pdf") + "\n");
        List<String> report = result.err().lines().toList();
        assertThat(report.get(0)).isEqualTo("jsa: resume 1: 2 pages with css/standard.css; trying css/compact.css");
        assertThat(report.get(1))
                .isEqualTo("jsa: resume 1: 2 pages with css/compact.css too; dropping the lowest-relevance bullets"
                        + " of the longest roles:");
        List<String> dropped = report.stream()
                .map(DROPPED::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .toList();
        assertThat(dropped).isNotEmpty().hasSize(report.size() - 3);
        assertThat(report.get(report.size() - 1))
                .isEqualTo("jsa: resume 1: fits on 1 page with css/compact.css without " + dropped.size()
                        + " bullets; the stored resume keeps them");

        PdfFile pdf = PdfFile.read(out.resolve(NORTHWIND + ".pdf"));
        assertThat(pdf.pages()).isEqualTo(1);
        String ids = String.join(",", dropped);
        for (String text : strings(cli, "SELECT text FROM resume_role_bullet WHERE id IN (" + ids + ")")) {
            assertThat(pdf.squeezed()).doesNotContain(PdfFile.squeeze(text));
            assertThat(report).anyMatch(line -> line.endsWith("): \"" + text + "\""));
        }
        for (String text : strings(cli, "SELECT text FROM resume_role_bullet WHERE id NOT IN (" + ids + ")")) {
            assertThat(pdf.squeezed()).contains(PdfFile.squeeze(text));
        }
        // each role keeps a bullet, and within a role none kept is less relevant than one dropped
        assertThat(strings(
                        cli,
                        "SELECT rr.id FROM resume_role rr WHERE NOT EXISTS (SELECT 1 FROM resume_role_bullet b"
                                + " WHERE b.resume_role_id = rr.id AND b.id NOT IN (" + ids + "))"))
                .isEmpty();
        assertThat(strings(
                        cli,
                        "SELECT d.id FROM resume_role_bullet d JOIN resume_role_bullet k"
                                + " ON k.resume_role_id = d.resume_role_id AND k.id NOT IN (" + ids + ")"
                                + " WHERE d.id IN (" + ids + ") AND k.relevance < d.relevance"))
                .isEmpty();
        // the stored resume is unchanged
        assertThat(cli.query("SELECT count(*) FROM resume_role_bullet WHERE exclude = 1"))
                .isEqualTo("0");
    }

    @Test
    void standardKeepsEveryBulletAndSaysItRunsOverTheBudget() {
        Result result = cli.run("render-pdf", "--job", "1", "--style", "standard", "-o", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err())
                .isEqualTo("jsa: resume 1: 2 pages with css/standard.css, over the budget of 1 page; --style auto"
                        + " fits it to the budget\n");
        assertThat(PdfFile.read(out.resolve(NORTHWIND + ".pdf")).pages()).isEqualTo(2);
    }

    @Test
    void aTwoPageBudgetNeedsNoneOfTheSteps() {
        Result result = cli.run("render-pdf", "--job", "1", "--pages", "2", "-o", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        PdfFile pdf = PdfFile.read(out.resolve(NORTHWIND + ".pdf"));
        assertThat(pdf.pages()).isEqualTo(2);
        for (String text : strings(cli, "SELECT text FROM resume_role_bullet")) {
            assertThat(pdf.squeezed()).contains(PdfFile.squeeze(text));
        }
    }
}
