package jsa.cli;

import static jsa.cli.RenderPdfCommandTest.NORTHWIND;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/** {@code template init} and rendering with an edited copy of the templates. */
class TemplateInitCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;
    private Path templates;
    private Path out;

    @BeforeEach
    void resume() {
        cli = new CliRunner(dir);
        templates = dir.resolve("my-templates");
        out = dir.resolve("out");
        cli.run("profile", "import", "examples/profile.yaml");
        cli.run("gen-resume", "examples/jds/northwind-senior-backend-engineer.md");
    }

    @Test
    void initWritesTheTemplatesAndRefusesToOverwriteThemUnlessForced() {
        Result result = cli.run("template", "init", templates.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines())
                .containsExactly(
                        templates.resolve("html/base.ftlh").toString(),
                        templates.resolve("html/engineer.ftlh").toString(),
                        templates.resolve("html/analyst.ftlh").toString(),
                        templates.resolve("css/standard.css").toString(),
                        templates.resolve("css/compact.css").toString());
        assertThat(result.err()).contains("'jsa render-pdf --templates " + templates + " --job ID'");
        Result again = cli.run("template", "init", templates.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err())
                .isEqualTo("jsa: error: " + templates.resolve("html/base.ftlh") + " exists; nothing was written;"
                        + " choose a new directory, or add --force to overwrite the template files\n");
        assertThat(cli.run("template", "init", "--force", templates.toString()).exitCode())
                .isZero();
    }

    @Test
    void anEditedCopyIsUsedWithTheFlagOrTheConfigSetting() throws IOException {
        cli.run("template", "init", templates.toString());
        Path engineer = templates.resolve("html/engineer.ftlh");
        Files.writeString(
                engineer,
                Files.readString(engineer)
                        .replace("<#macro sections>", "<#macro sections>\n<p>Open to relocation</p>"));

        Result withFlag =
                cli.run("render-pdf", "--job", "1", "--templates", templates.toString(), "-o", out.toString());
        assertThat(withFlag.exitCode()).as(withFlag.err()).isZero();
        assertThat(PdfFile.read(out.resolve(NORTHWIND + ".pdf")).text()).contains("Open to relocation");

        cli.run("config", "set", "templates.dir", templates.toString());
        Files.writeString(engineer, Files.readString(engineer).replace("Open to relocation", "Remote only"));
        assertThat(cli.run("render-pdf", "--job", "1", "-o", out.toString()).exitCode())
                .isZero();
        assertThat(PdfFile.read(out.resolve(NORTHWIND + ".pdf")).text()).contains("Remote only");
    }

    @Test
    void aTemplatePathLeavingTheDirectoryIsRefused() {
        cli.execute("UPDATE resume_template SET template_path = '../../pom.xml'");

        Result result = cli.run("render-pdf", "--job", "1", "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("jsa: error: template path '../../pom.xml' is not a relative path inside the templates"
                        + " directory");
    }

    @Test
    void aBrokenTemplateIsNamedWithItsLine() throws IOException {
        cli.run("template", "init", templates.toString());
        Path engineer = templates.resolve("html/engineer.ftlh");
        Files.writeString(engineer, Files.readString(engineer).replace("<@base.page/>", "${nothing.here}"));

        Result result = cli.run("render-pdf", "--job", "1", "--templates", templates.toString(), "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("jsa: error: template html/engineer.ftlh, line 11 (" + templates.toAbsolutePath() + "): ")
                .contains("nothing")
                .endsWith("; fix the template, or render with the built-in ones (no --templates)\n");
    }

    @Test
    void aTemplateThatMakesMalformedXhtmlSaysSo() throws IOException {
        cli.run("template", "init", templates.toString());
        Path engineer = templates.resolve("html/engineer.ftlh");
        Files.writeString(engineer, Files.readString(engineer).replace("<#macro sections>", "<#macro sections><br>"));

        Result result = cli.run("render-pdf", "--job", "1", "--templates", templates.toString(), "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("jsa: error: template html/engineer.ftlh made XHTML that is not well-formed");
        assertThat(out).doesNotExist();
    }
}
