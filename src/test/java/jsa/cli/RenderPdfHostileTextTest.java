package jsa.cli;

import static jsa.cli.RenderPdfCommandTest.NORTHWIND;
import static jsa.cli.RenderPdfCommandTest.longs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;
import jsa.db.Database;

/**
 * Resume text from a model or a user that could break the page or lose characters: markup, a
 * 2,000-character bullet, emoji, right-to-left scripts, no-break spaces, controls.
 */
class RenderPdfHostileTextTest {
    private static final String MARKUP = "<script>alert(1)</script> & <b>bold</b> ]]> &nbsp; <!-- x --> done";
    private static final String EMOJI = "Shipped \uD83D\uDE80 the launch \u2714 on time";
    private static final String RTL = "Worked with the \u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD team and"
            + " \u0645\u0631\u062D\u0628\u0627 partners";
    private static final String SPACES =
            "Served 10\u00A0000 users with non\u2011breaking hyphens, a bell\u0007, a\ttab and zero\u200Bwidth";
    private static final String LONG =
            IntStream.range(0, 300).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

    @TempDir
    Path dir;

    @Test
    void hostileTextRendersAsTextWithoutBreakingThePageOrSilentlyLosingCharacters() throws Exception {
        // given
        CliRunner cli = new CliRunner(dir);
        cli.run("profile", "import", "examples/profile.yaml");
        cli.run("gen-resume", "examples/jds/northwind-senior-backend-engineer.md");
        List<Long> bullets = longs(cli, "SELECT id FROM resume_role_bullet ORDER BY id");
        List<String> texts = List.of(MARKUP, EMOJI, RTL, SPACES, LONG);
        Database.open(cli.defaultDatabase()).jdbi().useHandle(handle -> {
            for (int i = 0; i < texts.size(); i++) {
                handle.execute(
                        "UPDATE resume_role_bullet SET override_text = ? WHERE id = ?", texts.get(i), bullets.get(i));
            }
        });
        Path out = dir.resolve("out");

        // when
        Result pdf = cli.run("render-pdf", "--job", "1", "--style", "standard", "--pages", "3", "-o", out.toString());
        Result html = cli.run("render-pdf", "--job", "1", "--html", "-o", out.toString());

        // then
        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        assertThat(pdf.err())
                .isEqualTo("jsa: warning: resume 1: no installed font has \uD83D\uDE80 (U+1F680); shown as ?: reword"
                        + " the text, or add a font that has it with --font-dir\n");
        String text = PdfFile.read(out.resolve(NORTHWIND + ".pdf")).squeezed();
        assertThat(text)
                .contains("<script>alert(1)</script>&<b>bold</b>]]>&nbsp;<!--x-->done")
                .contains("Shipped?thelaunch\u2714ontime")
                .contains(PdfFile.squeeze(LONG))
                .contains("non-breakinghyphens,abell,atabandzerowidth")
                .containsAnyOf("10\u202F000users", "10\u00A0000users")
                // Flying Saucer draws left to right: right-to-left words are stored in visual order
                .contains("Workedwiththe\u05DD\u05DC\u05D5\u05E2\u05DD\u05D5\u05DC\u05E9teamand")
                // Arabic joined: meem initial, reh final, hah initial, beh medial, alef final
                .contains("\uFE8E\uFE92\uFEA3\uFEAE\uFEE3partners")
                // the renderer's own stand-in for a missing glyph
                .doesNotContain("#");
        assertThat(html.exitCode()).isZero();
        // a browser lays right-to-left text out itself: the page keeps it in reading order, unjoined
        assertThat(Files.readString(out.resolve(NORTHWIND + ".html")))
                .contains(RTL)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(out.resolve(NORTHWIND + ".html").toFile());
    }
}
