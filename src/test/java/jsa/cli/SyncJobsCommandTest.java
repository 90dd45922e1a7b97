package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** sync-jobs end to end against the five platforms' recorded answers, served on loopback. */
class SyncJobsCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ats");

    @TempDir
    Path dir;

    private final AtomicBoolean brokenBoardWorks = new AtomicBoolean(false);
    private MockWebServer server;
    private CliRunner cli;

    @BeforeEach
    void boards() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
        String base = server.url("/").toString().replaceAll("/$", "");
        Path companies = Files.writeString(dir.resolve("companies.yaml"), """
                companies:
                  - {name: Stripe, platform: greenhouse, board: gh, api_base: %1$s}
                  - {name: Palantir, platform: lever, board: lv, api_base: %1$s}
                  - {name: Ramp, platform: ashby, board: ab, api_base: %1$s}
                  - {name: Western Digital, platform: smartrecruiters, board: sr, api_base: %1$s}
                  - name: Arrowstreet
                    platform: workday
                    public_site_url: https://arrowstreetcapital.wd5.myworkdayjobs.com/en-US/Campus_Careers
                    workday: {base_url: '%1$s', tenant: ws, site: site}
                  - {name: Broken, platform: greenhouse, board: broken, api_base: %1$s}
                search_configs:
                  - {search_term: Account Executive, exclude_terms: [Grower]}
                  - {search_term: Business Partner, exclude_terms: [Security]}
                  - {search_term: Engineer, exclude_terms: [Internship]}
                """.formatted(base));
        cli = new CliRunner(dir);
        assertThat(cli.run("company", "import", companies.toString()).exitCode())
                .isZero();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void syncsEveryPlatformAndReportsTheFailedBoard() {
        Result result = cli.run("sync-jobs", "--concurrency", "3");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out())
                .containsPattern("(?m)^Stripe +greenhouse +2 +2 +0 +0 +0 +0 +ok$")
                .containsPattern("(?m)^Palantir +lever +1 +1 .*ok$")
                .containsPattern("(?m)^Ramp +ashby +2 +2 .*ok$")
                .containsPattern("(?m)^Western Digital +smartrecruiters +3 +3 .*ok$")
                .containsPattern("(?m)^Arrowstreet +workday +4 +4 .*ok$")
                .containsPattern("(?m)^Broken +greenhouse +0 .*FAILED$");
        assertThat(result.err()).contains("jsa: warning: Broken's Greenhouse board 'broken' answered HTTP 500");
        Result jobs = cli.run("jobs", "--company", "arrowstreet");
        assertThat(jobs.out())
                .contains(
                        "Quantitative Researcher",
                        "https://arrowstreetcapital.wd5.myworkdayjobs.com/en-US/Campus_Careers/job/");
    }

    @Test
    void aSecondSyncChangesNothingAndAFailedBoardKeepsItsListings() {
        brokenBoardWorks.set(true);
        assertThat(cli.run("sync-jobs").exitCode()).isZero();
        brokenBoardWorks.set(false);

        Result again = cli.run("sync-jobs", "--format", "json");

        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.out()).contains("\"added\" : 0").doesNotContain("\"added\" : 2");
        assertThat(cli.run("jobs", "--company", "broken").out()).contains("Account Executive, Bridge");
        assertThat(cli.run("jobs", "--status", "all").out()).doesNotContain("Grower", "Internship");
    }

    @Test
    void aDryRunFetchesButWritesNothing() {
        Result result = cli.run("sync-jobs", "--dry-run", "--company", "ramp");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .containsPattern("(?m)^Ramp +ashby +2 .*dry run$")
                .doesNotContain("Stripe");
        assertThat(cli.run("jobs", "--status", "all").out().lines()).hasSize(1);
    }

    @Test
    void whenEveryBoardFailsTheExitStatusIsOneAndNothingChanges() {
        Result result = cli.run("sync-jobs", "--company", "broken");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).containsPattern("(?m)^Broken +greenhouse +0 .*FAILED$");
        assertThat(result.err()).contains("answered HTTP 500");
        assertThat(cli.query("SELECT count(*) FROM job_listing")).isEqualTo("0");
    }

    @Test
    void nothingToSyncIsAOneLineError() {
        cli.run("search", "disable", "Account Executive");
        cli.run("search", "disable", "Business Partner");
        cli.run("search", "disable", "Engineer");

        Result result = cli.run("sync-jobs");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().contains("there is no active search term");
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/v1/boards/gh/jobs")) {
            return json("greenhouse-1.json");
        }
        if (path.equals("/v1/boards/broken/jobs")) {
            return brokenBoardWorks.get()
                    ? json("greenhouse-1.json")
                    : new MockResponse.Builder().code(500).build();
        }
        if (path.equals("/v0/postings/lv")) {
            return json("lever-1.json");
        }
        if (path.equals("/posting-api/job-board/ab")) {
            return json("ashby-1.json");
        }
        if (path.equals("/v1/companies/sr/postings")) {
            return "0".equals(request.getUrl().queryParameter("offset"))
                    ? json("smartrecruiters-1.json")
                    : body("{\"offset\": 3, \"limit\": 100, \"totalFound\": 3, \"content\": []}");
        }
        if (path.equals("/wday/cxs/ws/site/jobs")) {
            return json("workday-2.json");
        }
        return new MockResponse.Builder().code(404).build();
    }

    private static MockResponse json(String fixture) {
        try {
            return body(Files.readString(FIXTURES.resolve(fixture)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MockResponse body(String json) {
        return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(json)
                .build();
    }
}
