package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import jsa.cli.CliRunner.Result;
import jsa.cli.MetricsDataset.App;
import jsa.db.Database;
import jsa.metrics.Dimension;
import jsa.metrics.LocationGroups;
import jsa.metrics.MetricsFilter;
import jsa.metrics.MetricsService;

/** {@code jsa metrics} as an HTML page, aligned text and Markdown. */
class MetricsReportFormatsTest {
    @TempDir
    Path dir;

    private CliRunner cli;
    private List<App> apps;

    @BeforeEach
    void data() throws Exception {
        cli = new CliRunner(dir);
        apps = MetricsDataset.generate(300);
        MetricsDataset.write(cli.defaultDatabase(), apps);
    }

    @Test
    void htmlIsOneWellFormedPageWithItsChartsAndEscapedText() throws Exception {
        Path file = dir.resolve("report.html");

        Result result = cli.run("metrics", "--format", "html", "-o", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(file + "\n");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        // the role "ML <Engineer> & "Co"" appears only escaped
        assertThat(html).contains("ML &lt;Engineer&gt; &amp; &quot;Co&quot;").doesNotContain("<Engineer>");
        // nothing to fetch: the only URLs are the XML namespaces
        assertThat(html.replace("http://www.w3.org/1999/xhtml", "").replace("http://www.w3.org/2000/svg", ""))
                .doesNotContain("<script", "http:", "https:", " src=", " href=", "url(", "@import");
        Document page = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(file.toFile());
        NodeList svgs = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            ids.add(((Element) svgs.item(i)).getAttribute("id"));
        }
        assertThat(ids)
                .contains("volume-timeline", "callback-timeline", "dimension-role", "dimension-location")
                .contains("dimension-salary_band", "dimension-template", "dimension-bullets_edited");
        Element volume = (Element) svgs.item(ids.indexOf("volume-timeline"));
        String points = ((Element) volume.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline")
                        .item(0))
                .getAttribute("points");
        long days = MetricsExpectations.timeline(apps).size();
        assertThat(points.split(" ")).hasSize((int) days);
        Element callbacks = (Element) svgs.item(ids.indexOf("callback-timeline"));
        long daysWithCallbacks = MetricsExpectations.timeline(apps).stream()
                .filter(d -> !d.endsWith("/0"))
                .count();
        assertThat(callbacks
                        .getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect")
                        .getLength())
                .isEqualTo((int) daysWithCallbacks);
    }

    @Test
    void htmlGoesToTheOutputDirectoryByDefault() throws Exception {
        Path out = Files.createDirectories(dir.resolve("reports"));

        Result result = cli.env("JSA_OUTPUT_DIR", out.toString()).run("metrics", "--format", "html");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo(out.resolve("metrics.html").toString());
        assertThat(out.resolve("metrics.html")).isRegularFile();
    }

    @Test
    void theTableHasEverySectionAndNoBarsOffATerminal() {
        Result result = cli.run("metrics", "--dimension", "location");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("Applications: " + apps.size() + " from ")
                .contains("SUMMARY", "FUNNEL (MEDIAN DAYS TO FIRST RESPONSE: ", "CALLBACKS BY ROLE")
                .contains("CALLBACKS BY SALARY BAND", "CALLBACKS BY TEMPLATE", "CALLBACKS BY BULLETS EDITED")
                .contains("TIMELINE BY WEEK", "REJECTIONS: TOP 3", "DEEP DIVE: LOCATION")
                .containsPattern("(?m)^Greater Seattle +\\d+ +\\d+ +\\d+ +\\d+ +\\d+ +\\d+\\.\\d%$")
                .doesNotContain("\u2588");
    }

    @Test
    void onATerminalRowsEndInBlockBars() {
        MetricsService service = new MetricsService(
                Database.open(cli.defaultDatabase()).jdbi(), LocationGroups.builtIn(), Clock.systemDefaultZone());
        StringWriter text = new StringWriter();

        MetricsTables.print(
                new PrintWriter(text, true), service.report(MetricsFilter.ALL, Dimension.role), false, true);

        // the largest value of a section gets the full 20 blocks
        assertThat(text.toString()).contains("\u2588".repeat(20)).doesNotContain("\u2588".repeat(21));
    }

    @Test
    void markdownHasAHeadingAndATablePerPart() {
        Result result = cli.run("metrics", "--format", "md");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("# Application metrics\n")
                .contains("## Callbacks by work setting\n\n| Value | Total | Callbacks | Rate |\n| --- |")
                .contains("## Deep dive: role")
                .contains("| ML <Engineer> & \"Co\" |");
    }
}
