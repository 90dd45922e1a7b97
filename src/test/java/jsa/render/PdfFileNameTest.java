package jsa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFileNameTest {
    @TempDir
    Path dir;

    @Test
    void companyTitleAndLevelBecomeOneAsciiStem() {
        assertThat(PdfFileName.stem("Northwind Analytics", "Senior Backend Engineer, Payments", "Senior"))
                .isEqualTo("Northwind_Analytics_Senior_Backend_Engineer_Payments_Senior");
        assertThat(PdfFileName.stem("Société Générale", "Ingénieur Logiciel", "II"))
                .isEqualTo("Societe_Generale_Ingenieur_Logiciel_II");
        assertThat(PdfFileName.stem("Müller & Söhne GmbH", "Straßenbau-Ingenieur", null))
                .isEqualTo("Muller_and_Sohne_GmbH_Strassenbau-Ingenieur");
        assertThat(PdfFileName.stem("Acme", "C++ / C# Developer", " ")).isEqualTo("Acme_Cplusplus_Csharp_Developer");
    }

    @Test
    void separatorsTraversalAndControlsNeverReachTheName() {
        assertThat(PdfFileName.stem("../../etc/passwd", "a\\b", "x")).isEqualTo("etc_passwd_a_b_x");
        assertThat(PdfFileName.stem("Acme\u0000\n\tCorp", "-rf --no-preserve-root", ".."))
                .startsWith("Acme_Corp_rf_no-preserve-root_x");
        assertThat(PdfFileName.stem("..", ".", "/")).matches("x[0-9a-f]{8}_x[0-9a-f]{8}_x[0-9a-f]{8}");
    }

    @Test
    void aPartWithNothingAsciiBecomesAStableHash() {
        assertThat(PdfFileName.stem("腾讯", "工程师"))
                .matches("x[0-9a-f]{8}_x[0-9a-f]{8}")
                .isEqualTo(PdfFileName.stem("腾讯", "工程师"))
                .isNotEqualTo(PdfFileName.stem("阿里巴巴", "工程师"));
        assertThat(PdfFileName.stem("\uD83D\uDE80 Rocket Labs", "Engineer")).isEqualTo("Rocket_Labs_Engineer");
    }

    @Test
    void reservedWindowsNamesLongPartsAndEmptyInputAreHandled() {
        assertThat(PdfFileName.stem("CON")).isEqualTo("CON_");
        assertThat(PdfFileName.stem("nul")).isEqualTo("nul_");
        assertThat(PdfFileName.stem("a".repeat(200), "b")).isEqualTo("a".repeat(60) + "_b");
        assertThat(PdfFileName.stem(null, "", "  ")).isEqualTo("resume");
    }

    @Test
    void anyTextGivesASafeName() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder part = new StringBuilder();
            for (int c = random.nextInt(40); c > 0; c--) {
                part.appendCodePoint(random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x3000));
            }
            assertThat(PdfFileName.stem(part.toString(), "Engineer"))
                    .as("%s", part)
                    .matches("[A-Za-z0-9][A-Za-z0-9_-]*")
                    .doesNotContain("__")
                    .hasSizeLessThanOrEqualTo(2 * 60 + 1);
        }
    }

    @Test
    void aTakenNameGetsTheFirstFreeVersionUnlessTheFileThereIsTheSame() throws IOException {
        assertThat(PdfFileName.versioned(dir, "Acme_Engineer", "pdf", file -> false))
                .isEqualTo(dir.resolve("Acme_Engineer.pdf"));
        Files.writeString(dir.resolve("Acme_Engineer.pdf"), "one");
        Files.writeString(dir.resolve("Acme_Engineer_v2.pdf"), "two");

        assertThat(PdfFileName.versioned(dir, "Acme_Engineer", "pdf", file -> false))
                .isEqualTo(dir.resolve("Acme_Engineer_v3.pdf"));
        assertThat(PdfFileName.versioned(dir, "Acme_Engineer", "pdf", file -> file.getFileName()
                        .toString()
                        .endsWith("_v2.pdf")))
                .isEqualTo(dir.resolve("Acme_Engineer_v2.pdf"));
        assertThat(PdfFileName.versioned(dir, "Acme_Engineer", "pdf", file -> true))
                .isEqualTo(dir.resolve("Acme_Engineer.pdf"));
    }
}
