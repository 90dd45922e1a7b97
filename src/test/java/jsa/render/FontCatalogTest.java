package jsa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontCatalogTest {
    private static final Path CARLITO = Path.of("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf");

    @TempDir
    Path dir;

    @Test
    void carlitoComesFirstWithDejaVuSansForTheCharactersItLacks() {
        FontCatalog catalog = FontCatalog.fromFiles(
                files(
                        "dejavu/DejaVuSans.ttf",
                        "dejavu/DejaVuSans-Bold.ttf",
                        "dejavu/DejaVuSerif.ttf",
                        "liberation/LiberationSans-Regular.ttf",
                        "crosextra/Carlito-Regular.ttf",
                        "crosextra/Carlito-Bold.ttf"),
                List.of());

        assertThat(catalog.faces())
                .containsExactlyElementsOf(files(
                        "crosextra/Carlito-Regular.ttf",
                        "crosextra/Carlito-Bold.ttf",
                        "dejavu/DejaVuSans.ttf",
                        "dejavu/DejaVuSans-Bold.ttf"));
    }

    @Test
    void withoutCarlitoLiberationSansThenDejaVuSans() {
        assertThat(FontCatalog.fromFiles(
                                files("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "LiberationSans-Italic.ttf"),
                                List.of())
                        .faces())
                .containsExactlyElementsOf(
                        files("LiberationSans-Regular.ttf", "LiberationSans-Italic.ttf", "DejaVuSans.ttf"));
        assertThat(FontCatalog.fromFiles(files("DejaVuSans.ttf"), List.of()).faces())
                .containsExactlyElementsOf(files("DejaVuSans.ttf"));
    }

    @Test
    void theMonospacedFontIsAddedOnlyForDocumentsWithCode() {
        FontCatalog catalog = FontCatalog.fromFiles(
                files("DejaVuSans.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"), List.of());

        assertThat(catalog.faces()).containsExactlyElementsOf(files("DejaVuSans.ttf"));
        assertThat(catalog.withCode().faces())
                .containsExactlyElementsOf(files("DejaVuSans.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"));
    }

    @Test
    void everyFontOfAFontDirectoryIsAddedAndTheFirstCopyOfAFileWins() {
        FontCatalog catalog = FontCatalog.fromFiles(
                files("mine/Carlito-Regular.ttf", "system/Carlito-Regular.ttf", "system/DejaVuSans.ttf"),
                files("mine/Carlito-Regular.ttf", "mine/calibri.TTF", "mine/NotoSansHebrew.otf", "mine/README"));

        assertThat(catalog.faces())
                .containsExactlyElementsOf(files(
                        "mine/Carlito-Regular.ttf",
                        "system/DejaVuSans.ttf",
                        "mine/calibri.TTF",
                        "mine/NotoSansHebrew.otf"));
    }

    @Test
    void noFontAtAllSaysWhatToInstall() {
        assertThatThrownBy(() -> FontCatalog.fromFiles(files("DejaVuSerif.ttf"), List.of()))
                .hasMessage("no font to embed: none of Carlito, Liberation Sans or DejaVu Sans is installed; install"
                        + " one (Debian, Ubuntu: apt-get install fonts-crosextra-carlito), or pass --font-dir DIR"
                        + " with its .ttf files");
        assertThatThrownBy(() -> FontCatalog.discover(List.of(dir.resolve("none")), dir, Map.of()))
                .hasMessageStartingWith("font directory " + dir.resolve("none") + " does not exist");
    }

    @Test
    void theSystemsCarlitoIsFoundWhenInstalled() {
        assumeThat(CARLITO)
                .as("Carlito is installed (Debian: fonts-crosextra-carlito)")
                .exists();

        assertThat(FontCatalog.discover(List.of(), dir, Map.of()).faces())
                .first()
                .isEqualTo(CARLITO);
    }

    private List<Path> files(String... names) {
        return Arrays.stream(names).map(dir::resolve).toList();
    }
}
