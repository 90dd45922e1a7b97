package jsa.jobs.source.ashby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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

class AshbyClientTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ats");

    private MockWebServer server;
    private JsonFetcher fetcher;
    private AshbyClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(50), d -> {});
        fetcher = new JsonFetcher(HttpClients.create("jsa-test", policy), JsonFetcher.DEFAULT_MAX_BYTES);
        client = new AshbyClient(fetcher, server.url("/"), "ramp", "Ramp");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void mapsARecordedBoard() throws Exception {
        enqueue(200, Files.readString(FIXTURES.resolve("ashby-1.json")));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings)
                .extracting(Posting::externalId)
                .containsExactly(
                        "67fadb77-43d8-4449-954b-d4cf2c6d3b8b",
                        "34413f8d-26bf-4bbc-8ade-eb309a0e2245",
                        "f564dcf9-9390-4a3f-896f-8047a5086040");
        assertThat(postings)
                .extracting(Posting::title)
                .containsExactly(
                        "Software Engineer Internship, Android",
                        "Security Engineer, Cloud",
                        "Mobile Engineer, Android");
        Posting intern = postings.get(0);
        assertThat(intern.location()).isEqualTo("New York, NY (HQ)");
        assertThat(intern.department()).isEqualTo("Engineering");
        assertThat(intern.employmentType()).isEqualTo("Intern");
        assertThat(intern.url()).isEqualTo("https://jobs.ashbyhq.com/ramp/67fadb77-43d8-4449-954b-d4cf2c6d3b8b");
        assertThat(intern.postedOn()).isEqualTo("2025-08-07T20:49:38.961+00:00");
        assertThat(intern.postedDate()).isEqualTo(LocalDate.of(2025, 8, 7));
        assertThat(intern.urlPath()).isNull();
        assertThat(intern.minSalary()).isNull();
        assertThat(intern.salaryPeriod()).isNull();
        assertThat(intern.description())
                .startsWith("ABOUT RAMP\n\nRamp is building the smart infrastructure")
                .doesNotContain("<");
    }

    @Test
    void asksForTheBoardWithCompensationAndSaysWhoItIs() throws Exception {
        enqueue(200, Files.readString(FIXTURES.resolve("ashby-2.json")));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings).extracting(Posting::title).containsExactly("Security Engineer, Cloud");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/posting-api/job-board/ramp?includeCompensation=true");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("jsa-test");
    }

    @Test
    void encodesABoardNameWithSpaces() throws Exception {
        enqueue(200, "{\"jobs\": []}");

        new AshbyClient(fetcher, server.url("/"), "Acme Labs", "Acme").fetch(BoardQuery.ALL);

        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/posting-api/job-board/Acme%20Labs?includeCompensation=true");
    }

    @Test
    void takesTheSalaryRangeOverAllTiers() throws Exception {
        enqueue(200, Files.readString(FIXTURES.resolve("ashby-3.json")));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings).hasSize(4);
        Posting consultant = postings.get(0);
        assertThat(consultant.title()).isEqualTo("Technical Consultant, Mid-Market");
        assertThat(consultant.location()).isEqualTo("Remote (US)");
        assertThat(consultant.department()).isEqualTo("Sales");
        assertThat(consultant.employmentType()).isEqualTo("FullTime");
        assertThat(consultant.postedDate()).isEqualTo(LocalDate.of(2026, 7, 7));
        assertThat(consultant.minSalary()).isEqualTo(151000);
        assertThat(consultant.maxSalary()).isEqualTo(231000);
        assertThat(consultant.salaryCurrency()).isEqualTo("USD");
        assertThat(consultant.salaryPeriod()).isEqualTo("year");
        Posting hidden = postings.get(1);
        assertThat(hidden.location()).isEqualTo("London");
        assertThat(hidden.minSalary()).isNull();
        assertThat(hidden.salaryCurrency()).isNull();
        assertThat(hidden.salaryPeriod()).isNull();
        assertThat(postings.get(2).minSalary()).isEqualTo(191000);
        assertThat(postings.get(2).maxSalary()).isEqualTo(291000);
    }

    @Test
    void fallsBackToATierAndToTheHtmlAndLeavesOutUnlistedJobs() {
        enqueue(200, """
                {"jobs": [
                  {"id": "a", "title": "Barista", "team": "Cafe", "isListed": true,
                   "descriptionHtml": "<p>Make <strong>coffee</strong></p><ul><li>Early shifts</li></ul>",
                   "compensation": {"summaryComponents": [], "compensationTiers": [{"title": "Berlin", "components": [
                     {"compensationType": "EquityCashValue", "interval": "1 YEAR", "minValue": null},
                     {"compensationType": "Salary", "interval": "1 HOUR", "currencyCode": "EUR",
                      "minValue": 15.5, "maxValue": 18}]}]}},
                  {"id": "b", "title": "Draft", "isListed": false},
                  {"id": "c", "title": "Old API"}]}
                """);

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings).extracting(Posting::externalId).containsExactly("a", "c");
        Posting barista = postings.get(0);
        assertThat(barista.department()).isEqualTo("Cafe");
        assertThat(barista.description()).isEqualTo("Make coffee\n\n- Early shifts");
        assertThat(barista.minSalary()).isEqualTo(16);
        assertThat(barista.maxSalary()).isEqualTo(18);
        assertThat(barista.salaryCurrency()).isEqualTo("EUR");
        assertThat(barista.salaryPeriod()).isEqualTo("hour");
        assertThat(postings.get(1).description()).isNull();
        assertThat(postings.get(1).postedDate()).isNull();
    }

    @Test
    void anUnknownBoardIsAnEmptyList() {
        enqueue(200, "{\"apiVersion\": \"1\", \"jobs\": []}");

        assertThat(client.fetch(BoardQuery.ALL)).isEmpty();
    }

    @Test
    void anAnswerWithoutJobsIsAFailure() {
        enqueue(200, "{\"apiVersion\": \"1\"}");

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("Ramp's Ashby board 'ramp'")
                .hasMessageContaining("no 'jobs' list");
    }

    @Test
    void aBoardWithoutTheApiNamesTheCompanyAndTheUrl() {
        enqueue(404, "{}");

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("Ramp's Ashby board 'ramp'")
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining(server.url("/posting-api/job-board/ramp").toString());
    }

    @Test
    void malformedJsonIsAFailure() {
        enqueue(200, "{\"jobs\": [{\"id\": ");

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("Ramp's Ashby board 'ramp'")
                .hasMessageContaining("JSON");
    }

    @Test
    void aJobWithoutAnIdIsAFailure() {
        enqueue(200, "{\"jobs\": [{\"title\": \"Nameless\"}]}");

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("without an id");
    }

    private void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build());
    }
}
