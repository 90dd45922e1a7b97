package jsa.cli;

import static jsa.cli.InterviewPrepCommandTest.scheduleInterviews;
import static jsa.cli.InterviewPrepCommandTest.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/**
 * {@code interview-prep show --format md|html|pdf [-o FILE]} on application 1 of {@link
 * InterviewPrepCommandTest}, its interviews 2 and 3 prepared offline.
 */
class InterviewPrepShowCommandTest {
    private static final String STEM = "Northwind_Analytics_Senior_Backend_Engineer_Payments_interview_prep_interview_";
    private static final String TITLE =
            "Interview preparation: Senior Backend Engineer, Payments at Northwind Analytics";

    @TempDir
    Path dir;

    private CliRunner cli;
    private Path out;

    @BeforeEach
    void preparedApplication() {
        out = dir.resolve("out");
        cli = new CliRunner(dir).env("JSA_OUTPUT_DIR", out.toString());
        succeed(cli, "profile", "import", "examples/profile.yaml");
        succeed(cli, "parse-jd", "--provider", "offline", "examples/jds/northwind-senior-backend-engineer.md");
        succeed(
                cli,
                "apply",
                "--job",
                "1",
                "--date",
                LocalDate.now().minusDays(10).toString());
        scheduleInterviews(cli);
        succeed(cli, "interview-prep", "generate", "1", "--provider", "offline");
    }

    @Test
    void pdfGoesIntoTheOutputDirectoryUnderTheJobAndInterviewAndReplacesOnlyItsOwnFile() throws IOException {
        Result first = cli.run("interview-prep", "show", "1", "--format", "pdf");
        Result again = cli.run("interview-prep", "show", "1", "--format", "pdf");
        Files.writeString(out.resolve(STEM + "3.pdf"), "someone else's file");
        Result other = cli.run("interview-prep", "show", "1", "--interview", "3", "--format", "pdf");

        Path file = out.resolve(STEM + "2.pdf");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo(file + "\n");
        assertThat(again.out()).isEqualTo(file + "\n");
        assertThat(other.out()).isEqualTo(out.resolve(STEM + "3_v2.pdf") + "\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(STEM + "2.pdf", STEM + "3.pdf", STEM + "3_v2.pdf");
        }
        PdfFile pdf = PdfFile.read(file);
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(1);
        assertThat(pdf.squeezed())
                .contains(PdfFile.squeeze(TITLE))
                .contains("Jobdescription", "Companyandproduct", "Primarydrivers", "Backgroundnarrative")
                .contains("Interview2:technicalscreen(systemdesign)")
                .contains("Predictedquestions", "Questionstoask")
                .contains("Page1of" + pdf.pages());
        assertThat(pdf.info())
                .containsEntry("JsaPreparation", "application 1, interview 2")
                .containsEntry("Title", TITLE)
                .containsEntry("Creator", "jsa");
        assertThat(pdf.fonts()).isNotEmpty().doesNotContainValue(false);
        assertThat(PdfFile.read(out.resolve(STEM + "3_v2.pdf")).info())
                .containsEntry("JsaPreparation", "application 1, interview 3");
    }

    @Test
    void htmlIsOneSelfContainedPageAndMarkupInModelTextIsShownAsText() throws Exception {
        cli.execute("UPDATE interview_preparation SET predicted_questions ="
                + " 'Expect <script>alert(1)</script> and <b>bold?</b>\n\n<img src=x onerror=alert(2)>\n\n"
                + "![tracker](https://example.com/pixel.png) and [run](javascript:alert(3)) and `a<b`'"
                + " WHERE interview_id = 2");

        Result html = cli.run("interview-prep", "show", "1", "--format", "html");
        Result pdf = cli.run("interview-prep", "show", "1", "--format", "pdf");

        assertThat(html.exitCode()).as(html.err()).isZero();
        Path file = out.resolve(STEM + "2.html");
        assertThat(html.out()).isEqualTo(file + "\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(f -> !f.toString().endsWith(".pdf"))).containsExactly(file);
        }
        String page = Files.readString(file);
        assertThat(page)
                .contains("<style type=\"text/css\">", "@page", "size: A4")
                .contains("<title>" + TITLE + "</title>")
                .contains("<h2>Job description</h2>", "<h2>Company and product</h2>", "<h2>Primary drivers</h2>")
                .contains("<h2>Background narrative</h2>", "<h3>Predicted questions</h3>", "<h3>Questions to ask</h3>")
                .contains("Expect &lt;script&gt;alert(1)&lt;/script&gt; and &lt;b&gt;bold?&lt;/b&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;", "<code>a&lt;b</code>", "tracker")
                .doesNotContain("<script", "<b>", "<img", "pixel.png", "javascript:")
                .doesNotContain("<link");
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()))
                .as("well-formed")
                .isNotNull();
        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        PdfFile read = PdfFile.read(out.resolve(STEM + "2.pdf"));
        assertThat(read.squeezed())
                .contains("Expect<script>alert(1)</script>and<b>bold?</b>", "<imgsrc=xonerror=alert(2)>", "a<b");
        if (Files.exists(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))) {
            // the code `a<b`, in the monospaced font
            assertThat(read.fonts().keySet()).anyMatch(font -> font.endsWith("DejaVuSansMono"));
        }
    }

    @Test
    void outputWritesExactlyTheFileOrStdoutAndMarkdownIsUnchanged() throws IOException {
        Path md = dir.resolve("prep.md");
        Path pdf = dir.resolve("prep.pdf");

        Result plain = cli.run("interview-prep", "show", "1");
        Result asMd = cli.run("interview-prep", "show", "1", "--format", "md");
        Result toMd = cli.run("interview-prep", "show", "1", "-o", md.toString());
        Result toPdf = cli.run("interview-prep", "show", "1", "--format", "pdf", "--output", pdf.toString());
        Result htmlOut = cli.run("interview-prep", "show", "1", "--format", "html", "-o", "-");

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).startsWith("# " + TITLE + "\n").contains("### Predicted questions");
        assertThat(asMd.out()).isEqualTo(plain.out());
        assertThat(toMd.out()).isEqualTo(md + "\n");
        assertThat(Files.readString(md)).isEqualTo(plain.out());
        assertThat(toPdf.out()).isEqualTo(pdf + "\n");
        assertThat(PdfFile.read(pdf).info()).containsEntry("JsaPreparation", "application 1, interview 2");
        assertThat(htmlOut.out()).startsWith("<!DOCTYPE html>").contains("<h3>Questions to ask</h3>");
        assertThat(out).doesNotExist();
    }

    @Test
    void badFormatsAndDestinationsAreRefused() {
        Path missing = dir.resolve("missing/prep.pdf");

        Result format = cli.run("interview-prep", "show", "1", "--format", "docx");
        Result pdfToStdout = cli.run("interview-prep", "show", "1", "--format", "pdf", "-o", "-");
        Result noDir = cli.run("interview-prep", "show", "1", "--format", "pdf", "-o", missing.toString());
        Result aDir = cli.run("interview-prep", "show", "1", "--format", "html", "-o", dir.toString());

        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format", "docx").containsIgnoringCase("MD, HTML, PDF");
        assertThat(pdfToStdout.exitCode()).isEqualTo(2);
        assertThat(pdfToStdout.err())
                .isEqualTo("jsa: error: a PDF cannot go to stdout; give -o a file name, or" + " leave out -o\n");
        assertThat(noDir.exitCode()).isEqualTo(1);
        assertThat(noDir.err())
                .isEqualTo("jsa: error: cannot write " + missing + ": the directory " + missing.getParent()
                        + " does not exist; create it first, or choose another file\n");
        assertThat(aDir.exitCode()).isEqualTo(1);
        assertThat(aDir.err()).startsWith("jsa: error: cannot write " + dir + ": it is a directory");
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void aCharacterNoFontHasIsAQuestionMarkInThePdfAndAWarning() {
        cli.execute("UPDATE interview_preparation SET interviewer_questions = 'Launch \uD83D\uDE80 day?'"
                + " WHERE interview_id = 2");

        Result pdf = cli.run("interview-prep", "show", "1", "--format", "pdf");
        Result html = cli.run("interview-prep", "show", "1", "--format", "html", "-o", "-");

        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        assertThat(pdf.err())
                .isEqualTo("jsa: warning: " + TITLE + ": no installed font has \uD83D\uDE80 (U+1F680); shown as ?:"
                        + " reword the text, or add a font that has it with --font-dir\n");
        assertThat(PdfFile.read(out.resolve(STEM + "2.pdf")).squeezed()).contains("Launch?day?");
        assertThat(html.out()).contains("Launch \uD83D\uDE80 day?");
        assertThat(html.err()).isEmpty();
    }
}
