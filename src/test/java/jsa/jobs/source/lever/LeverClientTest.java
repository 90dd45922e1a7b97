package jsa.jobs.source.lever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jsa.http.HttpClients;
import jsa.http.HttpFailure;
import jsa.http.JsonFetcher;
import jsa.http.RetryPolicy;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.Posting;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

class LeverClientTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ats");

    private MockWebServer server;
    private LeverClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(50), d -> {});
        JsonFetcher fetcher = new JsonFetcher(HttpClients.create("jsa-test", policy), JsonFetcher.DEFAULT_MAX_BYTES);
        client = new LeverClient(fetcher, server.url("/"), "palantir", "Palantir");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void mapsARecordedBoardWithHtmlDescriptions() throws Exception {
        enqueue(200, Files.readString(FIXTURES.resolve("lever-1.json")));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings)
                .extracting(Posting::externalId)
                .containsExactly(
                        "774cf5c9-bf6a-4d77-bf60-d50ef1beb1a0",
                        "ac978161-6f46-4f6b-ad9e-a258e642751c",
                        "0bbfd4f4-41ff-4ec6-b73f-5200efd5d4d3");
        Posting intern = postings.get(0);
        assertThat(intern.title()).isEqualTo("Deployment Strategist, Internship");
        assertThat(intern.location()).isEqualTo("Paris, France");
        assertThat(intern.department()).isEqualTo("Echo");
        assertThat(intern.employmentType()).isEqualTo("Internship");
        assertThat(intern.url()).isEqualTo("https://jobs.lever.co/palantir/774cf5c9-bf6a-4d77-bf60-d50ef1beb1a0");
        assertThat(intern.postedDate()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(intern.postedOn()).isEqualTo("2026-05-11");
        assertThat(intern.urlPath()).isNull();
        assertThat(intern.minSalary()).isNull();
        assertThat(intern.salaryPeriod()).isNull();
        assertThat(intern.description())
                .startsWith("A World-Changing Company")
                .contains("Une entreprise qui transforme le monde")
                .doesNotContain("<", "&nbsp;");
        Posting partner = postings.get(1);
        assertThat(partner.postedDate()).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(partner.location()).isEqualTo("London, United Kingdom");
        assertThat(partner.description())
                .contains("Administrative Business Partner (Foundry)\n- Provide administrative support")
                .contains("- Track and process expense reports.")
                .contains("Life at Palantir")
                .doesNotContain("<li>", "<div>", "\u00a0");
    }

    @Test
    void asksForTheFirstPageOfTheSiteAndSaysWhoItIs() throws Exception {
        enqueue(200, "[]");

        assertThat(client.fetch(BoardQuery.ALL)).isEmpty();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v0/postings/palantir?mode=json&skip=0&limit=100");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("jsa-test");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void mapsSalaryRangesAndPlainTextWhenTheHtmlIsMissing() throws Exception {
        enqueue(200, Files.readString(FIXTURES.resolve("lever-3.json")));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings).hasSize(4);
        Posting executive = postings.get(0);
        assertThat(executive.externalId()).isEqualTo("a60fb104-ce93-4ba0-8763-ffb075b3eed1");
        assertThat(executive.title()).isEqualTo("Account Executive, Commercial");
        assertThat(executive.department()).isEqualTo("Sales");
        assertThat(executive.employmentType()).isEqualTo("Full-Time");
        assertThat(executive.postedDate()).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThat(executive.minSalary()).isEqualTo(140000);
        assertThat(executive.maxSalary()).isEqualTo(160000);
        assertThat(executive.salaryCurrency()).isEqualTo("USD");
        assertThat(executive.salaryPeriod()).isEqualTo("year");
        assertThat(executive.description())
                .startsWith("About Outreach\n\nOutreach, founded in 2014")
                .contains("Flexible time off")
                .doesNotContain("\u00a0");
        Posting manager = postings.get(1);
        assertThat(manager.location()).isEqualTo("London");
        assertThat(manager.minSalary()).isNull();
        assertThat(manager.salaryCurrency()).isNull();
        assertThat(manager.salaryPeriod()).isNull();
    }

    @Test
    void fallsBackToTheFirstOfAllLocationsAndReadsHourlyPay() {
        enqueue(200, """
                [{"id": "p1", "text": " Barista ", "createdAt": 1700000000000,
                  "categories": {"team": "Cafe", "allLocations": ["Berlin", "Hamburg"]},
                  "salaryRange": {"min": 15.5, "max": 18, "currency": "EUR", "interval": "per-hour-wage"}},
                 {"id": "p2", "text": "Courier",
                  "salaryRange": {"min": 500, "max": 600, "currency": "EUR", "interval": "per-week-salary"}}]
                """);

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        Posting barista = postings.get(0);
        assertThat(barista.title()).isEqualTo("Barista");
        assertThat(barista.location()).isEqualTo("Berlin");
        assertThat(barista.department()).isEqualTo("Cafe");
        assertThat(barista.postedDate()).isEqualTo(LocalDate.of(2023, 11, 14));
        assertThat(barista.minSalary()).isEqualTo(16);
        assertThat(barista.maxSalary()).isEqualTo(18);
        assertThat(barista.salaryPeriod()).isEqualTo("hour");
        assertThat(barista.description()).isNull();
        Posting courier = postings.get(1);
        assertThat(courier.minSalary()).isNull();
        assertThat(courier.salaryPeriod()).isNull();
        assertThat(courier.postedDate()).isNull();
        assertThat(courier.location()).isNull();
    }

    @Test
    void pagesUntilAShortPage() throws Exception {
        enqueue(200, postings(0, 100));
        enqueue(200, postings(100, 3));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings).hasSize(103);
        assertThat(postings.get(0).externalId()).isEqualTo("job-0");
        assertThat(postings.get(102).externalId()).isEqualTo("job-102");
        assertThat(server.takeRequest().getUrl().queryParameter("skip")).isEqualTo("0");
        RecordedRequest second = server.takeRequest();
        assertThat(second.getUrl().queryParameter("skip")).isEqualTo("100");
        assertThat(second.getUrl().queryParameter("limit")).isEqualTo("100");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aFailingLaterPageFailsTheWholeFetch() {
        enqueue(200, postings(0, 100));
        for (int attempt = 0; attempt < 3; attempt++) {
            enqueue(500, "{}");
        }

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("skip=100");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aServerThatIgnoresSkipIsNotPagedForever() {
        enqueue(200, postings(0, 100));
        enqueue(200, postings(0, 100));

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("repeated a page");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anUnknownSiteNamesTheCompanyAndTheUrl() {
        enqueue(404, "{\"ok\":false,\"error\":\"Document not found\"}");

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("Palantir's Lever board 'palantir'")
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining(server.url("/v0/postings/palantir").toString());
    }

    @Test
    void malformedJsonIsAFailure() {
        enqueue(200, "[{\"id\": \"p1\", \"text\": ");

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("Palantir's Lever board 'palantir'")
                .hasMessageContaining("JSON");
    }

    @Test
    void aPostingWithoutAnIdIsAFailure() {
        enqueue(200, "[{\"text\": \"Nameless\"}]");

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("without an id");
    }

    private static String postings(int first, int count) {
        return IntStream.range(first, first + count)
                .mapToObj(i -> "{\"id\": \"job-" + i + "\", \"text\": \"Job " + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build());
    }
}
