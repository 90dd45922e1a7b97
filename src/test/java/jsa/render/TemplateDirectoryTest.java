package jsa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.ExitStatus;
import jsa.JsaException;

class TemplateDirectoryTest {
    private static final Path SOURCE = Path.of("templates/resume");

    @TempDir
    Path dir;

    @Test
    void theBuiltInTemplatesAreTheRepositorysTemplatesResumeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(file -> SOURCE.relativize(file).toString())
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(TemplateDirectory.BUILT_IN_FILES);
        }
        for (String file : TemplateDirectory.BUILT_IN_FILES) {
            assertThat(TemplateDirectory.builtIn().read(file)).isEqualTo(Files.readAllBytes(SOURCE.resolve(file)));
        }
    }

    @Test
    void pathsOutsideTheDirectoryAreRefused() {
        TemplateDirectory templates = TemplateDirectory.of(SOURCE);
        for (String path : List.of(
                "../pom.xml",
                "html/../../pom.xml",
                "/etc/passwd",
                "html\\base.ftlh",
                "C:/x.css",
                "",
                "html//base.ftlh",
                "./html/base.ftlh")) {
            assertThatThrownBy(() -> templates.url(path))
                    .as(path)
                    .isInstanceOfSatisfying(
                            JsaException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
                    .hasMessageContaining("is not a relative path inside the templates directory");
        }
        assertThat(templates.url("html/base.ftlh").toString()).endsWith("templates/resume/html/base.ftlh");
    }

    @Test
    void aSymbolicLinkMayNotLeadOutOfTheDirectory() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.css"), "body {}");
        Path templates = Files.createDirectories(dir.resolve("templates/css"));
        Files.createSymbolicLink(templates.resolve("evil.css"), outside);
        Files.writeString(templates.resolve("real.css"), "body {}");
        Files.createSymbolicLink(templates.resolve("alias.css"), templates.resolve("real.css"));

        TemplateDirectory directory = TemplateDirectory.of(dir.resolve("templates"));

        assertThatThrownBy(() -> directory.url("css/evil.css")).hasMessageContaining("links to a file outside");
        assertThat(directory.url("css/alias.css")).isNotNull();
    }

    @Test
    void aMissingFileOrDirectoryIsAUsageErrorSayingHowToGetOne() {
        assertThatThrownBy(() -> TemplateDirectory.of(SOURCE).url("html/fancy.ftlh"))
                .hasMessage("template file html/fancy.ftlh is not in " + SOURCE.toAbsolutePath()
                        + "; add it, or 'jsa template init DIR' for a fresh copy of the built-in templates");
        assertThatThrownBy(() -> TemplateDirectory.builtIn().url("html/fancy.ftlh"))
                .hasMessageStartingWith("template file html/fancy.ftlh is not in the built-in templates");
        assertThatThrownBy(() -> TemplateDirectory.of(dir.resolve("none")))
                .hasMessageContaining("'jsa template init " + dir.resolve("none") + "'");
    }

    @Test
    void initCopiesTheBuiltInTemplatesAndOverwritesOnlyWhenForced() throws IOException {
        Path target = dir.resolve("mine");

        assertThat(TemplateDirectory.init(target, false)).hasSize(TemplateDirectory.BUILT_IN_FILES.size());
        assertThat(target.resolve("html/engineer.ftlh")).hasSameBinaryContentAs(SOURCE.resolve("html/engineer.ftlh"));
        Files.writeString(target.resolve("css/standard.css"), "edited");

        assertThatThrownBy(() -> TemplateDirectory.init(target, false))
                .hasMessageContaining("exists; nothing was written");
        assertThat(target.resolve("css/standard.css")).hasContent("edited");
        TemplateDirectory.init(target, true);
        assertThat(target.resolve("css/standard.css")).hasSameBinaryContentAs(SOURCE.resolve("css/standard.css"));
    }
}
