package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import jsa.cli.CliRunner.Result;
import jsa.db.Database;

/**
 * {@code render-pdf} end to end on the example profile's resume for the Northwind job, read back
 * with OpenPDF.
 */
class RenderPdfCommandTest {
    static final String NORTHWIND = "Northwind_Analytics_Senior_Backend_Engineer_Payments_senior";

    @TempDir
    Path dir;

    private CliRunner cli;
    private Path out;

    @BeforeEach
    void resume() {
        cli = new CliRunner(dir);
        out = dir.resolve("out");
        assertThat(cli.run("profile", "import", "examples/profile.yaml").exitCode())
                .isZero();
        assertThat(cli.run("gen-resume", "examples/jds/northwind-senior-backend-engineer.md")
                        .exitCode())
                .isZero();
    }

    @Test
    void theResumeFitsOnePageWithEveryShownBulletOverridesAndTheProfilesStaticContent() {
        // given: one bullet excluded, one overridden, one skills category excluded
        List<Long> bullets = longs(cli, "SELECT id FROM resume_role_bullet ORDER BY id");
        String excluded = strings(cli, "SELECT text FROM resume_role_bullet WHERE id = " + bullets.get(1))
                .get(0);
        String replaced = strings(cli, "SELECT text FROM resume_role_bullet WHERE id = " + bullets.get(2))
                .get(0);
        cli.execute("UPDATE resume_role_bullet SET exclude = 1 WHERE id = " + bullets.get(1));
        cli.execute("UPDATE resume_role_bullet SET override_text = 'Led the ledger rewrite that the override says'"
                + " WHERE id = " + bullets.get(2));
        cli.execute("UPDATE resume_skills_category SET exclude = 1 WHERE position = 0");
        String hiddenCategory = cli.query("SELECT category FROM resume_skills_category WHERE position = 0");

        // when
        Result result = cli.run("render-pdf", "--job", "1", "-o", out.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        Path file = out.resolve(NORTHWIND + ".pdf");
        assertThat(result.out()).isEqualTo(file + "\n");
        PdfFile pdf = PdfFile.read(file);
        assertThat(pdf.pages()).isEqualTo(1);
        for (String shown :
                strings(cli, "SELECT coalesce(override_text, text) FROM resume_role_bullet WHERE exclude = 0")) {
            assertThat(pdf.squeezed()).contains(PdfFile.squeeze(shown));
        }
        assertThat(pdf.squeezed())
                .contains(PdfFile.squeeze("Led the ledger rewrite that the override says"))
                .doesNotContain(PdfFile.squeeze(excluded))
                .doesNotContain(PdfFile.squeeze(replaced))
                .doesNotContain(PdfFile.squeeze(hiddenCategory + ":"));
        for (String category :
                strings(cli, "SELECT category || ': ' || skills_text FROM resume_skills_category WHERE exclude = 0")) {
            assertThat(pdf.squeezed()).contains(PdfFile.squeeze(category));
        }
        // the profile's static content, in reading order
        String text = pdf.squeezed();
        List<String> order = List.of(
                "TessaLindqvist",
                "tessa.lindqvist@example.com",
                "github.com/tessa-lindqvist-example",
                "Experience",
                "SoftwareEngineerII·LumenfieldHealth·Seattle,WA",
                "SoftwareEngineer·HarborlineLogistics",
                "Skills",
                "Education",
                "B.S.ComputerScience,CascadiaStateUniversity",
                "MinorinStatistics");
        for (int i = 1; i < order.size(); i++) {
            assertThat(text.indexOf(order.get(i))).as(order.get(i)).isGreaterThan(text.indexOf(order.get(i - 1)));
        }
        assertThat(text.indexOf(order.get(0))).isGreaterThanOrEqualTo(0);
        assertThat(pdf.info())
                .containsEntry("Title", "Tessa Lindqvist — Senior Backend Engineer, Payments, Northwind Analytics")
                .containsEntry("Author", "Tessa Lindqvist")
                .containsEntry("Subject", "Resume for Senior Backend Engineer, Payments at Northwind Analytics")
                .containsEntry("JsaResume", "1");
        assertThat(pdf.fonts()).isNotEmpty().doesNotContainValue(false);
        // a character the font lacks would have been drawn as '#'
        assertThat(pdf.text()).doesNotContain("#");
    }

    @Test
    void carlitoIsTheEmbeddedFaceWhenItIsInstalled() {
        assumeThat(Path.of("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"))
                .as("Carlito is installed (Debian: fonts-crosextra-carlito)")
                .exists();

        Result result = cli.run("render-pdf", "--job", "1", "-o", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(PdfFile.read(out.resolve(NORTHWIND + ".pdf")).fontNames())
                .isNotEmpty()
                .allMatch(name -> name.matches("[A-Z]{6}\\+Carlito(-Bold|-Italic|-BoldItalic)?"));
    }

    @Test
    void aNewRenderingOfTheSameResumeReplacesItsFileAndAnotherResumeGetsAVersionSuffix() {
        Path first = out.resolve(NORTHWIND + ".pdf");
        assertThat(cli.run("render-pdf", "--job", "1", "-o", out.toString()).out())
                .isEqualTo(first + "\n");
        assertThat(cli.run("render-pdf", "--resume", "1", "-o", out.toString()).out())
                .isEqualTo(first + "\n");
        assertThat(cli.run("gen-resume", "--job", "1").exitCode()).isZero();

        Result second = cli.run("render-pdf", "--job", "1", "-o", out.toString());

        assertThat(second.out()).isEqualTo(out.resolve(NORTHWIND + "_v2.pdf") + "\n");
        assertThat(PdfFile.read(first).info()).containsEntry("JsaResume", "1");
        assertThat(PdfFile.read(out.resolve(NORTHWIND + "_v2.pdf")).info()).containsEntry("JsaResume", "2");
        assertThat(out).isDirectoryContaining(p -> p.getFileName().toString().equals(NORTHWIND + ".pdf"));
    }

    @Test
    void aFileOfTheSameNameThatIsNotThisResumeIsKept() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve(NORTHWIND + ".pdf"), "someone else's file");

        Result result = cli.run("render-pdf", "--job", "1", "-o", out.toString());

        assertThat(result.out()).isEqualTo(out.resolve(NORTHWIND + "_v2.pdf") + "\n");
        assertThat(out.resolve(NORTHWIND + ".pdf")).hasContent("someone else's file");
    }

    @Test
    void allRendersEveryJobsNewestResumeWithTheTemplatesTitleOverride() {
        assertThat(cli.run("gen-resume", "examples/jds/harbor-data-engineer.html")
                        .exitCode())
                .isZero();

        Result result = cli.run("render-pdf", "--all", "-o", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines())
                .containsExactly(
                        out.resolve("Harbor_Health_Data_Engineer.pdf").toString(),
                        out.resolve(NORTHWIND + ".pdf").toString());
        assertThat(PdfFile.read(out.resolve("Harbor_Health_Data_Engineer.pdf")).squeezed())
                .contains("SoftwareEngineerII,DataPlatform·LumenfieldHealth");
    }

    @Test
    void allWithAStatusRendersOnlyTheJobsWhoseApplicationHasIt() {
        assertThat(cli.run("gen-resume", "examples/jds/harbor-data-engineer.html")
                        .exitCode())
                .isZero();
        assertThat(cli.run("apply", "--job", "2").exitCode()).isZero();
        Path harbor = out.resolve("Harbor_Health_Data_Engineer.pdf");
        Path northwind = out.resolve(NORTHWIND + ".pdf");

        Result unapplied = cli.run("render-pdf", "--all", "--status", "unapplied", "-o", out.toString());
        Result active = cli.run("render-pdf", "--all", "--status", "active", "-o", out.toString());
        Result inactive = cli.run("render-pdf", "--all", "--status", "inactive", "-o", out.toString());
        Result alone = cli.run("render-pdf", "--job", "1", "--status", "active");

        assertThat(unapplied.out().lines()).containsExactly(northwind.toString());
        assertThat(active.out().lines()).containsExactly(harbor.toString());
        assertThat(inactive.exitCode()).isEqualTo(1);
        assertThat(inactive.err()).contains("no job with an inactive application has a resume yet");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--status chooses among the jobs of --all");
    }

    @Test
    void htmlWritesWellFormedXhtmlWithItsStylesheetBesideIt() throws Exception {
        Result result = cli.run("render-pdf", "--job", "1", "--html", "-o", out.toString());

        Path page = out.resolve(NORTHWIND + ".html");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(page + "\n");
        assertThat(out.resolve(NORTHWIND + ".css")).content().contains("font-family: Carlito");
        assertThat(out).isDirectoryNotContaining("glob:**.pdf");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xhtml = factory.newDocumentBuilder().parse(page.toFile());
        assertThat(xhtml.getElementsByTagName("link")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("href")
                        .getNodeValue())
                .isEqualTo(NORTHWIND + ".css");
        assertThat(xhtml.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Tessa Lindqvist — Senior Backend Engineer, Payments, Northwind Analytics");
    }

    @Test
    void whatCannotBeRenderedFailsInOneLineThatSaysWhatToDo() {
        cli.run("parse-jd", "examples/jds/contoso-support-specialist.txt");

        assertThat(cli.run("render-pdf", "--job", "9", "-o", out.toString()).err())
                .isEqualTo("jsa: error: no job 9; 'jsa job list' shows the tracked jobs\n");
        assertThat(cli.run("render-pdf", "--job", "2", "-o", out.toString()).err())
                .isEqualTo("jsa: error: job 2 has no resume yet; write one with 'jsa gen-resume --job 2'\n");
        assertThat(cli.run("render-pdf", "--resume", "7", "-o", out.toString()).err())
                .startsWith("jsa: error: no resume 7");
        Result both = cli.run("render-pdf", "--all", "--open");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).startsWith("jsa: error: --open opens one file, and --all writes many");
        assertThat(cli.run("render-pdf", "--job", "1", "--pages", "0").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("render-pdf").exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    static List<String> strings(CliRunner cli, String sql) {
        return Database.open(cli.defaultDatabase()).jdbi().withHandle(handle -> handle.createQuery(sql)
                .mapTo(String.class)
                .list());
    }

    static List<Long> longs(CliRunner cli, String sql) {
        return Database.open(cli.defaultDatabase())
                .jdbi()
                .withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).list());
    }
}
