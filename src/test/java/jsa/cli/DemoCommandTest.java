package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;
import jsa.db.Database;

/** {@code jsa demo}, run once into a temp directory: its steps, its data and its files. */
class DemoCommandTest {
    @TempDir
    static Path dir;

    private static Path database;
    private static Result demo;

    @BeforeAll
    static void runDemo() {
        database = dir.resolve("demo.db");
        // no API key: the offline engine, and nothing beyond loopback
        demo = runner().run("demo", "--db", database.toString());
    }

    private static CliRunner runner() {
        return new CliRunner(dir)
                .env("TMPDIR", dir.toString())
                .env("ANTHROPIC_API_KEY", null)
                .env("OPENAI_API_KEY", null);
    }

    @Test
    void showsTheCommandOfEveryStep() {
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        String prompt = "$ jsa --db " + database + " ";
        List<String> commands = demo.out()
                .lines()
                .filter(line -> line.startsWith(prompt))
                .map(line -> line.substring(prompt.length()))
                .toList();
        String scratch = outputDirectory().getParent() + "/";
        assertThat(commands)
                .extracting(command -> command.replace(scratch, "")
                        .replaceAll("\\b\\d+\\b", "N")
                        .replaceAll("'N-N-N N:N'", "DATE"))
                .containsExactly(
                        "profile import examples/profile.yaml",
                        "company import examples/recorded-boards/companies.yaml",
                        "import applications examples/applications.csv",
                        "sync-jobs",
                        "jobs list",
                        "jobs mark --status interested N",
                        "apply --listing N",
                        "parse-jd examples/jd.txt",
                        "gen-resume --job N",
                        "render-pdf --job N --output out",
                        "apply --job N",
                        "app status N callback",
                        "interview add N --stage technical_screen --at DATE",
                        "interview-prep generate N",
                        "interview-prep show N --output out/interview-prep.md",
                        "interview-prep show N --format pdf --output out/interview-prep.pdf",
                        "metrics --format html --output out/metrics.html");
    }

    @Test
    void syncsListingsFromEveryPlatformsRecordedBoard() {
        Map<String, String> listings = rows("SELECT c.platform, count(*) FROM job_listing l"
                + " JOIN company c ON c.id = l.company_id GROUP BY c.platform");

        assertThat(listings)
                .containsOnlyKeys("workday", "greenhouse", "lever", "ashby", "smartrecruiters")
                .allSatisfy(
                        (platform, count) -> assertThat(Integer.parseInt(count)).isPositive());
    }

    @Test
    void everyBoardIsOnLoopback() {
        List<String> hosts = new ArrayList<>(
                rows("SELECT company_id, api_base FROM board_config").values());
        hosts.addAll(rows("SELECT company_id, base_url FROM workday_config").values());

        assertThat(hosts).hasSize(5).allMatch(host -> host.matches("http://127\\.0\\.0\\.1:\\d+"));
    }

    @Test
    void appliesToTheListingAndToTheParsedJob() {
        // examples/applications.csv holds 150 applications
        assertThat(single("SELECT count(*) FROM application")).isEqualTo("152");
        assertThat(single("SELECT count(*) FROM job_listing WHERE status = 'applied'"))
                .isEqualTo("1");
        assertThat(single("SELECT count(*) FROM interview")).isEqualTo("1");
    }

    @Test
    void writesTheResumePdfThePreparationAndTheReport() {
        Path output = outputDirectory();
        Path resume = output.resolve("Woodgrove_Freight_Senior_Software_Engineer_Data_Platform_senior.pdf");

        PdfFile pdf = PdfFile.read(resume);
        assertThat(pdf.pages()).isPositive();
        assertThat(pdf.text()).contains("Tessa Lindqvist");
        assertThat(PdfFile.read(output.resolve("interview-prep.pdf")).pages()).isPositive();
        assertThat(output.resolve("interview-prep.md")).isNotEmptyFile();
        assertThat(output.resolve("metrics.html")).isNotEmptyFile();
        assertThat(demo.out()).contains("written    " + resume, "written    " + output.resolve("metrics.html"));
    }

    @Test
    void refusesADatabaseThatHoldsData() {
        Result again = runner().run("demo", "--db", database.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err().lines())
                .singleElement()
                .asString()
                .startsWith("jsa: error: " + database + " already holds data");
    }

    @Test
    void stopsAtTheFirstStepThatFails() {
        // a provider without its key fails the first step that asks a model, before any request
        Result failed = runner().env("JSA_LLM_PROVIDER", "anthropic")
                .env("ANTHROPIC_BASE_URL", "http://127.0.0.1:9")
                .run("demo");

        assertThat(failed.exitCode()).isNotZero();
        assertThat(failed.out()).contains("$ jsa --db ").doesNotContain("gen-resume");
        assertThat(failed.err().lines().reduce((first, second) -> second).orElseThrow())
                .startsWith("jsa: error: the demo stopped at step 8 (jsa parse-jd, exit " + failed.exitCode() + ")");
    }

    /** The scratch directory the demo named at the start, under TMPDIR. */
    private static Path outputDirectory() {
        String first = demo.err().lines().findFirst().orElseThrow();
        assertThat(first).startsWith("jsa demo: working in " + dir);
        Path scratch = Path.of(first.substring("jsa demo: working in ".length()).split(" ")[0]);
        assertThat(scratch.getFileName().toString()).startsWith("jsa-demo-");
        assertThat(Files.isDirectory(scratch.resolve("out"))).isTrue();
        return scratch.resolve("out");
    }

    private static String single(String sql) {
        return rows("SELECT 0, (" + sql + ")").get("0");
    }

    /** The first two columns of {@code sql}'s rows, by the first. */
    private static Map<String, String> rows(String sql) {
        try (Connection connection = Database.open(database).connection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            Map<String, String> rows = new TreeMap<>();
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
