package jsa.cli;

import static jsa.cli.InterviewPrepCommandTest.scheduleInterviews;
import static jsa.cli.InterviewPrepCommandTest.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/**
 * A company and a title made of path traversal and markup (the reliability suite's R5): every
 * file the rendering commands write lands inside the output directory under a plain name, and
 * the markup shows as text in the HTML pages and the PDFs.
 */
class HostileNamesTest {
    private static final String COMPANY = "../../../etc/<b>Evil</b> & Co";
    private static final String TITLE = "<script>alert(1)</script>/..\\Engineer";

    @TempDir
    Path dir;

    @Test
    void traversalAndMarkupInNamesStayInsideTheOutputDirectoryAsText() throws IOException {
        Path out = dir.resolve("work/out");
        CliRunner cli = new CliRunner(dir).env("JSA_OUTPUT_DIR", out.toString());
        succeed(cli, "profile", "import", "examples/profile.yaml");
        Path jd = Files.writeString(dir.resolve("jd.txt"), """
                Requirements:
                - 5+ years of Java and Spring Boot
                - Kafka and PostgreSQL
                """);
        succeed(cli, "parse-jd", "--provider", "offline", "--company", COMPANY, "--title", TITLE, jd.toString());
        succeed(cli, "gen-resume", "--job", "1", "--template", "1", "--provider", "offline");
        succeed(
                cli,
                "apply",
                "--job",
                "1",
                "--date",
                LocalDate.now().minusDays(10).toString());
        scheduleInterviews(cli);
        succeed(cli, "interview-prep", "generate", "1", "--provider", "offline");

        List<Result> written = List.of(
                cli.run("render-pdf", "--job", "1"),
                cli.run("render-pdf", "--job", "1", "--html"),
                cli.run("interview-prep", "show", "1", "--format", "pdf"),
                cli.run("interview-prep", "show", "1", "--format", "html"),
                cli.run("metrics", "--format", "html"));

        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(pdf|html|css)$"))
                    .toList();
        }
        assertThat(written)
                .allSatisfy(
                        result -> assertThat(result.exitCode()).as(result.err()).isZero());
        assertThat(files).hasSize(6).allSatisfy(file -> {
            assertThat(file.getParent()).isEqualTo(out);
            assertThat(file.getFileName().toString()).matches("[A-Za-z0-9_.-]+");
        });
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                assertThat(Files.readString(file)).as(name).doesNotContain("<script>alert", "<b>Evil");
            } else if (name.contains("interview_prep")) {
                // the resume's pages name the candidate, not the company
                assertThat(PdfFile.read(file).squeezed()).as(name).contains("<b>Evil</b>&Co");
            }
        }
        assertThat(Files.readString(out.resolve(files.stream()
                        .map(Path::getFileName)
                        .map(Path::toString)
                        .filter(n -> n.endsWith(".html") && n.contains("interview_prep"))
                        .findFirst()
                        .orElseThrow())))
                .contains("&lt;b&gt;Evil&lt;/b&gt; &amp; Co");
    }
}
