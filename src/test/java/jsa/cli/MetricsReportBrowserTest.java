package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/**
 * The metrics report of the example history opened in headless Chromium (Debian {@code
 * chromium}, which CI installs): the page loads without console messages or failed requests,
 * and its screenshot shows the charts: the volume line, the callback bars and the dimension
 * bars in their colours.
 */
class MetricsReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int LINE_AND_BARS = 0x1f6feb;
    private static final int CALLBACKS = 0x2da44e;

    @TempDir
    Path dir;

    @Test
    void theReportRendersItsChartsWithoutConsoleErrors() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install chromium)");
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("import", "applications", "examples/applications.csv")
                        .exitCode())
                .isZero();
        Path report = dir.resolve("metrics.html");
        Result html = cli.run("metrics", "--format", "html", "-o", report.toString());
        assertThat(html.exitCode()).as(html.err()).isZero();
        Path screenshot = dir.resolve("metrics.png");

        Process chromium = new ProcessBuilder(List.of(
                        CHROMIUM.toString(),
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--hide-scrollbars",
                        "--user-data-dir=" + dir.resolve("profile"),
                        "--window-size=1280,2400",
                        "--enable-logging=stderr",
                        "--v=0",
                        "--screenshot=" + screenshot,
                        report.toUri().toString()))
                .redirectErrorStream(true)
                .start();
        String log = new String(chromium.getInputStream().readAllBytes());
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(chromium.exitValue()).as(log).isZero();
        // Chromium logs the page's console messages and failed loads as CONSOLE and net:: lines
        assertThat(log.lines().filter(line -> line.contains("CONSOLE") || line.contains("net::ERR")))
                .isEmpty();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(pixels(image, LINE_AND_BARS)).as("line and bar pixels").isGreaterThan(5_000);
        assertThat(pixels(image, CALLBACKS)).as("callback bar pixels").isGreaterThan(200);
    }

    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
