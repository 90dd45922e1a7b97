package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The layering of STYLE.md: cli on top, nothing imports it or picocli, rendering below the features. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/jsa");

    @Test
    void onlyTheCliPackageImportsPicocli() throws IOException {
        assertThat(filesOutsideCli()).isNotEmpty();
        assertThat(filesOutsideCli())
                .filteredOn(file -> contains(file, "import picocli"))
                .isEmpty();
        assertThat(filesOutsideCli())
                .filteredOn(file -> contains(file, "import static picocli"))
                .isEmpty();
    }

    @Test
    void nothingOutsideTheCliPackageImportsIt() throws IOException {
        assertThat(filesOutsideCli())
                .filteredOn(file -> contains(file, "import jsa.cli."))
                .isEmpty();
    }

    @Test
    void renderingKnowsNoFeatureThatUsesIt() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("render"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")))
                    .isNotEmpty()
                    .filteredOn(file -> contains(file, "import jsa.interview."))
                    .isEmpty();
        }
    }

    private static List<Path> filesOutsideCli() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("cli")))
                    .toList();
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
