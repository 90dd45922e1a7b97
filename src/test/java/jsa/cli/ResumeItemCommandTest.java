package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jsa.cli.CliRunner.Result;

/** {@code resume bullet} and {@code resume skills}: one change to one item. */
class ResumeItemCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String SAVED = "Saved $2M a year by moving claims reporting to Kubernetes";

    @TempDir
    Path dir;

    private CliRunner cli;
    private ResumeLoopback model;

    @BeforeEach
    void twoResumes() throws IOException {
        cli = new CliRunner(dir);
        model = new ResumeLoopback(cli);
        model.generate("--job", "1");
        model.generate("--job", "1");
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void aBulletIsOverriddenExcludedIncludedAndReset() {
        // bullet 10 is the second Harborline bullet of resume 2
        assertThat(run("bullet", "10", "--override", "Cut reporting costs with a nightly batch"))
                .isEqualTo("jsa: bullet 10 of resume 2 shows your text");
        assertThat(bullet(10)).isEqualTo("Cut reporting costs with a nightly batch:0");
        assertThat(cli.run("resume", "show", "2").out())
                .contains("  • Cut reporting costs with a nightly batch\n")
                .doesNotContain("⚑ unverified: $2M\n");

        assertThat(run("bullet", "10", "--exclude")).isEqualTo("jsa: bullet 10 of resume 2 excluded");
        assertThat(run("bullet", "10", "--exclude"))
                .isEqualTo("jsa: bullet 10 of resume 2 unchanged: already excluded");
        assertThat(bullet(10)).isEqualTo("Cut reporting costs with a nightly batch:1");
        assertThat(cli.run("resume", "show", "2").out()).doesNotContain("nightly batch");

        assertThat(run("bullet", "10", "--include")).isEqualTo("jsa: bullet 10 of resume 2 included");
        assertThat(bullet(10)).isEqualTo("Cut reporting costs with a nightly batch:0");

        assertThat(run("bullet", "10", "--override", "  Saved $2M a year by moving  claims reporting to Kubernetes "))
                .isEqualTo("jsa: bullet 10 of resume 2 shows its generated text");
        assertThat(bullet(10)).isEqualTo("-:0");

        cli.run("resume", "bullet", "10", "--override", "Something else");
        cli.run("resume", "bullet", "10", "--exclude");
        assertThat(run("bullet", "10", "--reset"))
                .isEqualTo("jsa: bullet 10 of resume 2 reset to its generated text, included");
        assertThat(bullet(10)).isEqualTo("-:0");
        assertThat(cli.query(
                        "SELECT group_concat(id) FROM resume_role_bullet WHERE override_text IS NOT NULL OR exclude"))
                .as("no other bullet changed")
                .isNull();
    }

    @Test
    void aSkillsCategoryKeepsItsNameAndTakesTheSameChanges() {
        assertThat(run("skills", "4", "--override", "Kafka, Flink"))
                .isEqualTo("jsa: skills category 4 of resume 2 shows your text");
        assertThat(cli.run("resume", "show", "2").out()).contains("  Data: Kafka, Flink\n");

        assertThat(run("skills", "3", "--exclude")).isEqualTo("jsa: skills category 3 of resume 2 excluded");
        assertThat(cli.run("resume", "show", "2").out()).doesNotContain("Languages");

        assertThat(run("skills", "4", "--reset"))
                .isEqualTo("jsa: skills category 4 of resume 2 reset to its generated text, included");
        assertThat(model.choices()).endsWith("| skills 1:0:-:0 ; 2:1:-:0 ; 3:0:-:1 ; 4:1:-:0");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of(
                        List.of("bullet", "99", "--exclude"),
                        1,
                        "no bullet 99; 'jsa resume show RESUME --ids' shows the bullet ids"),
                Arguments.of(
                        List.of("skills", "9", "--include"),
                        1,
                        "no skills category 9; 'jsa resume show RESUME --ids' shows the skills ids"),
                Arguments.of(
                        List.of("bullet", "1", "--exclude", "--include"),
                        2,
                        "--exclude, --include are mutually exclusive (specify only one); see 'jsa resume bullet --help'"),
                Arguments.of(
                        List.of("skills", "1"),
                        2,
                        "missing required argument (specify one of these):"
                                + " (--override=TEXT | --exclude | --include | --reset)"),
                Arguments.of(
                        List.of("bullet", "1", "--override", "  "),
                        2,
                        "the override for bullet 1 is blank; give the text to show instead of the generated one"),
                Arguments.of(
                        List.of("skills", "1", "--override", "Java\nKotlin"),
                        2,
                        "the override for skills category 1 spans several lines"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadRequestIsOneLineAndChangesNothing(List<String> args, int status, String message) {
        String before = model.choices();

        Result result =
                cli.run(Stream.concat(Stream.of("resume"), args.stream()).toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(status);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString().startsWith("jsa: error: " + message);
        assertThat(model.choices()).isEqualTo(before);
    }

    @Test
    void anOverrideLongerThanABulletMayBeIsRefused() {
        String before = model.choices();

        Result result = cli.run("resume", "bullet", "1", "--override", "a".repeat(301));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("jsa: error: the override for bullet 1 has 301 characters, more than the 300 a bullet may"
                        + " have; give the text to show instead of the generated one" + NL);
        assertThat(model.choices()).isEqualTo(before);
        assertThat(cli.run("resume", "bullet", "1", "--override", "a".repeat(300))
                        .exitCode())
                .isZero();
    }

    /** What {@code jsa resume ARGS} said on stderr, after checking it succeeded. */
    private String run(String... args) {
        Result result =
                cli.run(Stream.concat(Stream.of("resume"), Stream.of(args)).toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        return result.err().strip();
    }

    /** Bullet {@code id}'s override (- for none) and exclusion. */
    private String bullet(long id) {
        return cli.query(
                "SELECT coalesce(override_text, '-') || ':' || exclude FROM resume_role_bullet WHERE id = " + id);
    }
}
