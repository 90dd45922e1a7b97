package jsa.jobs.source.greenhouse;

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

class GreenhouseClientTest {
    private MockWebServer server;
    private GreenhouseClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryPolicy noWaiting = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(50), d -> {});
        JsonFetcher fetcher = new JsonFetcher(HttpClients.create("jsa-test", noWaiting), JsonFetcher.DEFAULT_MAX_BYTES);
        client = new GreenhouseClient(fetcher, server.url("/"), "anthropic", "Anthropic");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void readsTheWholeBoardWithContent() throws Exception {
        server.enqueue(fixture("greenhouse-3.json"));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/boards/anthropic/jobs?content=true");
        assertThat(postings).hasSize(4);
        Posting first = postings.get(0);
        assertThat(first.externalId()).isEqualTo("5311686008");
        assertThat(first.title()).isEqualTo("Country Lead, Data Center Security");
        assertThat(first.location()).isEqualTo("Sydney, Australia");
        assertThat(first.url()).isEqualTo("https://job-boards.greenhouse.io/anthropic/jobs/5311686008");
        assertThat(first.postedDate()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(first.department()).isEqualTo("Security");
        assertThat(postings)
                .allSatisfy(p -> assertThat(p.description()).isNotBlank().doesNotContain("<div", "&lt;", "&amp;nbsp;"));
    }

    @Test
    void readsTheLightBoardToo() throws Exception {
        server.enqueue(fixture("greenhouse-1.json"));

        List<Posting> postings = client.fetch(BoardQuery.ALL);

        assertThat(postings).hasSize(3).allSatisfy(p -> {
            assertThat(p.externalId()).matches("\\d+");
            assertThat(p.title()).isNotBlank();
            assertThat(p.description()).isNull();
        });
    }

    @Test
    void aPublishedPayRangeBecomesTheSalary() {
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body("""
                        {"jobs": [{"id": 7, "title": "Engineer", "location": {"name": "Remote"},
                          "metadata": [{"name": "Pay", "value_type": "currency_range",
                                        "value": {"unit": "USD", "min_value": "172800.0", "max_value": "297000.0"}}]}]}
                        """)
                .build());

        Posting posting = client.fetch(BoardQuery.ALL).get(0);

        assertThat(posting.minSalary()).isEqualTo(172800);
        assertThat(posting.maxSalary()).isEqualTo(297000);
        assertThat(posting.salaryCurrency()).isEqualTo("USD");
        assertThat(posting.salaryPeriod()).isEqualTo("year");
    }

    @Test
    void anUnknownBoardIsAFailureNamingTheCompany() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageStartingWith("Anthropic's Greenhouse board 'anthropic' answered HTTP 404");
    }

    @Test
    void anAnswerWithoutJobsIsAFailure() {
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body("{\"meta\": {\"total\": 0}}")
                .build());

        assertThatThrownBy(() -> client.fetch(BoardQuery.ALL)).hasMessageContaining("sent no 'jobs' list");
    }

    private static MockResponse fixture(String name) throws IOException {
        return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(Files.readString(Path.of("src/test/resources/fixtures/ats", name)))
                .build();
    }
}
