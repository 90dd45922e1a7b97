package jsa.jobs.source.smartrecruiters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.http.HttpClients;
import jsa.http.HttpFailure;
import jsa.http.JsonFetcher;
import jsa.http.RetryPolicy;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.Posting;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

class SmartRecruitersClientTest {
    private MockWebServer server;
    private JsonFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(50), d -> {});
        fetcher = new JsonFetcher(HttpClients.create("jsa-test", policy), JsonFetcher.DEFAULT_MAX_BYTES);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SmartRecruitersClient client(String companyId, String company) {
        return new SmartRecruitersClient(fetcher, server.url("/"), companyId, company);
    }

    @Test
    void mapsTheRecordedWesternDigitalList() throws InterruptedException {
        server.enqueue(ok(fixture("smartrecruiters-1.json")));

        List<Posting> postings = client("WesternDigital", "Western Digital").fetch(BoardQuery.ALL);

        assertThat(postings).hasSize(3);
        assertThat(postings.get(0))
                .isEqualTo(new Posting(
                        "744000141247940",
                        "環境・安全衛生マネージャー (Environmental Health & Safety Manager)",
                        "Fujisawa, Kanagawa, JP",
                        null,
                        "https://jobs.smartrecruiters.com/WesternDigital/744000141247940",
                        "2026-08-03T12:14:04.401Z",
                        LocalDate.of(2026, 8, 3),
                        null,
                        "Full-time",
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(postings.get(2).employmentType()).isEqualTo("Intern");
        assertThat(server.getRequestCount()).isEqualTo(1);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/companies/WesternDigital/postings?offset=0&limit=100");
    }

    @Test
    void mapsTheRecordedHireVueListAndAsksForTheRestTotalFoundPromises() throws InterruptedException {
        // the recording was trimmed to 3 of its 5 postings; an empty page ends the board
        server.enqueue(ok(fixture("smartrecruiters-3.json")));
        server.enqueue(ok(page(5, List.of())));

        List<Posting> postings = client("hirevue", "HireVue").fetch(BoardQuery.ALL);

        assertThat(postings)
                .extracting(Posting::location)
                .containsExactly(
                        "Sandy, UT, US (remote)", "Warsaw, PL (remote)", "Warsaw, Masovian Voivodeship, PL (remote)");
        assertThat(postings.get(0).department()).isEqualTo("Data Science");
        assertThat(postings.get(0).employmentType()).isEqualTo("Part-time");
        assertThat(postings.get(0).url()).isEqualTo("https://jobs.smartrecruiters.com/hirevue/744000138728139");
        assertThat(postings.get(2).postedDate()).isEqualTo(LocalDate.of(2026, 6, 23));
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.takeRequest();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/companies/hirevue/postings?offset=3&limit=100");
    }

    @Test
    void pagesByOffsetAndLimitUntilTotalFound() throws InterruptedException {
        List<Map<String, Object>> board = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            board.add(Map.of("id", Integer.toString(744_000_000 + i), "name", "Engineer " + i));
        }
        server.enqueue(ok(page(250, board.subList(0, 100))));
        server.enqueue(ok(page(250, board.subList(100, 200))));
        server.enqueue(ok(page(250, board.subList(200, 250))));

        List<Posting> postings = client("hirevue", "HireVue").fetch(BoardQuery.ALL);

        assertThat(postings).hasSize(250);
        assertThat(postings).extracting(Posting::externalId).doesNotHaveDuplicates();
        assertThat(postings.get(249).title()).isEqualTo("Engineer 249");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(server.takeRequest().getUrl().queryParameter("offset")).isEqualTo("0");
        assertThat(server.takeRequest().getUrl().queryParameter("offset")).isEqualTo("100");
        RecordedRequest last = server.takeRequest();
        assertThat(last.getUrl().queryParameter("offset")).isEqualTo("200");
        assertThat(last.getUrl().queryParameter("limit")).isEqualTo("100");
    }

    @Test
    void sendsTheSearchTextAsQ() throws InterruptedException {
        server.enqueue(ok(page(0, List.of())));

        client("hirevue", "HireVue").fetch(new BoardQuery("data engineer", "Warsaw"));

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest().getUrl().queryParameter("q")).isEqualTo("data engineer");
    }

    @Test
    void anUnknownCompanyIsAnEmptyBoard() {
        server.enqueue(ok("{\"offset\":0,\"limit\":100,\"totalFound\":0,\"content\":[]}"));

        assertThat(client("NoSuchCompany", "Nobody").fetch(BoardQuery.ALL)).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void notFoundIsAnHttpFailure() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThatThrownBy(() -> client("hirevue", "HireVue").fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("HireVue's SmartRecruiters board 'hirevue' answered HTTP 404");
    }

    @Test
    void aFailingLaterPageFailsTheWholeFetch() {
        List<Map<String, Object>> first = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            first.add(Map.of("id", Integer.toString(i), "name", "Engineer " + i));
        }
        server.enqueue(ok(page(150, first)));
        for (int attempt = 0; attempt < 3; attempt++) {
            server.enqueue(new MockResponse.Builder().code(500).build());
        }

        assertThatThrownBy(() -> client("hirevue", "HireVue").fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("answered HTTP 500");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void anAnswerWithoutContentIsAFailureNotAnEmptyBoard() {
        server.enqueue(ok("{\"message\":\"Company not available\"}"));

        assertThatThrownBy(() -> client("hirevue", "HireVue").fetch(BoardQuery.ALL))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("sent no 'content' list");
    }

    private static String page(int totalFound, List<Map<String, Object>> content) {
        try {
            return new ObjectMapper()
                    .writeValueAsString(
                            Map.of("offset", 0, "limit", 100, "totalFound", totalFound, "content", content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockResponse ok(String json) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(json)
                .build();
    }

    private static String fixture(String name) {
        try (InputStream in = SmartRecruitersClientTest.class.getResourceAsStream("/fixtures/ats/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
