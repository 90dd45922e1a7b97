package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jsa.cli.CliRunner.Result;

/** {@code resume edit}: the plain-text form in a scripted editor, or applied with --file. */
class ResumeEditCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String CUT =
            "Cut p95 latency from 4.2 s to 650 ms by rewriting eligibility checks as an async fan-out";
    private static final String SAVED = "Saved $2M a year by moving claims reporting to Kubernetes";
    private static final String LUMENFIELD = "## Software Engineer II — Lumenfield Health";
    private static final String HARBORLINE = "## Software Engineer — Harborline Logistics";
    private static final String AS_GENERATED =
            "bullets 1:0:-:0 ; 2:1:-:0 ; 3:0:-:0 ; 4:1:-:0 ; 5:0:-:0 ; 6:1:-:0 | skills 1:0:-:0 ; 2:1:-:0";

    @TempDir
    Path dir;

    private CliRunner cli;
    private ResumeLoopback model;

    @BeforeEach
    void oneResume() throws IOException {
        cli = new CliRunner(dir);
        model = new ResumeLoopback(cli);
        model.generate("--job", "1");
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void anEditRewordsExcludesAndReordersInOneSave() throws IOException {
        String form = form();
        String harborline = HARBORLINE + "\n[3] " + CUT + "\n#   ⚑ unverified: p95, 4.2, 650\n[4] " + SAVED
                + "\n#   ⚑ unverified: $2M\n";
        assertThat(form).contains(harborline);

        Result result = edit(form.replace("[1] " + CUT, "[1] Cut eligibility p95 latency from 4.2 s to 650 ms")
                .replace("[2] Saved", "x [2] Saved")
                .replace(harborline, HARBORLINE + "\n[4] " + SAVED + "\n[3] " + CUT + "\n")
                .replace("[2] Data: Kafka, PostgreSQL", "[2] Data: Kafka, Flink"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("jsa: updated resume 1: 5 items changed" + NL);
        assertThat(model.choices())
                .isEqualTo(
                        "bullets 1:0:Cut eligibility p95 latency from 4.2 s to 650 ms:0 ; 2:1:-:1 ; 3:1:-:0 ; 4:0:-:0"
                                + " ; 5:0:-:0 ; 6:1:-:0 | skills 1:0:-:0 ; 2:1:Kafka, Flink:0");
        assertThat(cli.run("resume", "show", "1").out())
                .contains("Lumenfield Health · Seattle, WA · Apr 2023 – present\n"
                        + "  • Cut eligibility p95 latency from 4.2 s to 650 ms\n\n")
                .contains("Harborline Logistics · Seattle, WA · Aug 2020 – Mar 2023\n  • " + SAVED)
                .contains("  Data: Kafka, Flink\n");
        assertThat(drafts()).isEmpty();
    }

    @Test
    void puttingTheGeneratedTextBackDropsTheOverride() throws IOException {
        cli.execute("UPDATE resume_role_bullet SET override_text = 'My own words' WHERE id = 1");
        cli.execute("UPDATE resume_role_bullet SET exclude = 1 WHERE id = 5");
        cli.execute("UPDATE resume_skills_category SET override_text = 'Java, Kotlin' WHERE id = 1");
        String form = form();
        assertThat(form)
                .contains(LUMENFIELD + "\n[1] My own words\n#   generated: " + CUT + "\n")
                .contains("\nx [5] " + CUT + "\n")
                .contains("\n[1] Languages: Java, Kotlin\n#   generated: Languages: Java, Python\n");

        Result result = edit(form.replace("[1] My own words", "[1] " + CUT)
                .replace("x [5]", "[5]")
                .replace("[1] Languages: Java, Kotlin", "[1] Languages: Java, Python"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("jsa: updated resume 1: 3 items changed" + NL);
        assertThat(model.choices()).isEqualTo(AS_GENERATED);
    }

    @Test
    void anUntouchedRespacedOrEmptiedFormWritesNothing() throws IOException {
        for (String command : new String[] {"true", "sed -i 's/$/  /'", "truncate -s 0"}) {
            cli.env("EDITOR", cli.editor(command));

            Result result = cli.run("resume", "edit", "1");

            assertThat(result.exitCode()).as(command + ": " + result.err()).isZero();
            assertThat(result.err()).as(command).isEqualTo("jsa: resume 1 unchanged" + NL);
        }
        assertThat(model.choices()).isEqualTo(AS_GENERATED);
        assertThat(drafts()).isEmpty();
    }

    @Test
    void aMalformedEditSavesNothingNamesTheLineAndIsKeptForAFix() throws IOException {
        String cut = "[1] " + CUT + "\n";
        String form = form();
        // a valid exclusion, and bullet 1 moved from Lumenfield to Harborline
        String moved = form.replace("[2] Saved", "x [2] Saved")
                .replace(cut, "")
                .replace(HARBORLINE + "\n", HARBORLINE + "\n" + cut);

        Result result = edit(moved);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("jsa: error: the edited resume is not valid: line 16: bullet [1] belongs under \""
                        + LUMENFIELD + "\"; a line cannot move to another section; nothing was saved;")
                .contains("your edit is kept in ");
        assertThat(model.choices()).isEqualTo(AS_GENERATED);
        Path kept = Path.of(result.err().replaceAll("(?s).*kept in (\\S+);.*", "$1"));
        assertThat(result.err()).contains("run 'jsa resume edit 1 --file " + kept + "'");
        assertThat(Files.readString(kept)).isEqualTo(moved);

        Files.writeString(
                kept, moved.replace(HARBORLINE + "\n" + cut, HARBORLINE + "\n").replace("x [2]", cut + "x [2]"));
        Result fixed = cli.run("resume", "edit", "1", "--file", kept.toString());

        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        assertThat(fixed.err()).isEqualTo("jsa: updated resume 1: 1 item changed" + NL);
        assertThat(model.choices())
                .isEqualTo(AS_GENERATED.replace("bullets 1:0:-:0 ; 2:1:-:0", "bullets 1:0:-:0 ; 2:1:-:1"));
    }

    static Stream<Arguments> malformedEdits() {
        return Stream.of(
                Arguments.of("an unknown id", edit(form -> form.replace("[6]", "[60]"))),
                Arguments.of("a duplicate", edit(form -> form.replace("[4] ", "[3] "))),
                Arguments.of("a missing line", edit(form -> form.replace("[1] " + CUT + "\n", ""))),
                Arguments.of("a wrapped line", edit(form -> form.replace("by moving claims", "by moving\nclaims"))),
                Arguments.of("a blank text", edit(form -> form.replace("[1] " + CUT, "[1]"))),
                Arguments.of("a bullet too long", edit(form -> form.replace("[1] " + CUT, "[1] " + "a".repeat(301)))),
                Arguments.of("a renamed category", edit(form -> form.replace("[2] Data:", "[2] Streaming:"))),
                Arguments.of("a changed heading", edit(form -> form.replace(LUMENFIELD, "## Lumenfield"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEdits")
    void noPartOfAMalformedEditIsSaved(String what, UnaryOperator<String> malformation) throws IOException {
        // valid changes to every kind of item, next to the malformation
        String edited = malformation.apply(form().replace("x [", "[")
                .replace("[5] Cut p95", "x [5] Cut p95")
                .replace("[3] " + CUT, "[3] Sped up shipment tracking")
                .replace("[1] Languages: Java, Python", "[1] Languages: Java"));
        Path file = Files.writeString(dir.resolve("form.txt"), edited);

        Result result = cli.run("resume", "edit", "1", "--file", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .matches("jsa: error: the edited resume is not valid: (line \\d+: |bullet \\[1] is missing).*"
                        + "; nothing was saved; fix the form and apply it again" + NL);
        assertThat(model.choices()).isEqualTo(AS_GENERATED);
    }

    @Test
    void aMissingResumeOrFileIsAnErrorBeforeAnyEditor() throws IOException {
        cli.env("EDITOR", cli.editor("false"));

        Result missing = cli.run("resume", "edit", "9");
        Result unreadable =
                cli.run("resume", "edit", "1", "--file", dir.resolve("nope.txt").toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("jsa: error: no resume 9; 'jsa resume list' shows the resumes" + NL);
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err()).contains("cannot read").contains("pass a readable form file");
    }

    /** The form {@code resume edit 1} opens, read by an editor that changes nothing. */
    private String form() throws IOException {
        Path copy = dir.resolve("opened-" + System.nanoTime() + ".txt");
        cli.env("EDITOR", cli.editor("cp \"$1\" " + copy + "; true"));
        Result result = cli.run("resume", "edit", "1");
        assertThat(result.err()).isEqualTo("jsa: resume 1 unchanged" + NL);
        return Files.readString(copy);
    }

    /** Runs {@code resume edit 1} with an editor that saves {@code text}. */
    private Result edit(String text) throws IOException {
        Path saved = Files.writeString(dir.resolve("saved-" + System.nanoTime() + ".txt"), text);
        cli.env("EDITOR", cli.editor("cp " + saved));
        return cli.run("resume", "edit", "1");
    }

    private List<Path> drafts() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("resume-"))
                    .toList();
        }
    }

    private static UnaryOperator<String> edit(UnaryOperator<String> edit) {
        return edit;
    }
}
