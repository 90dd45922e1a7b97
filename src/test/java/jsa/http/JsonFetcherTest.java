package jsa.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jsa.ExitStatus;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

class JsonFetcherTest {
    record Answer(String name, int count) {}

    private final List<Duration> waits = new ArrayList<>();
    private MockWebServer server;
    private JsonFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), waits::add);
        fetcher = new JsonFetcher(HttpClients.create("jsa-test/1", policy), 1024);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void readsJsonIntoARecordAndIdentifiesItself() throws InterruptedException {
        server.enqueue(json(200, "{\"name\": \"board\", \"count\": 3, \"extra\": true}"));

        Answer answer = fetcher.get(server.url("/v1/x"), Answer.class, "the test board");

        assertThat(answer).isEqualTo(new Answer("board", 3));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/x");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("jsa-test/1");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void postsJson() throws InterruptedException {
        server.enqueue(json(200, "{\"name\": \"ok\", \"count\": 1}"));

        fetcher.post(server.url("/jobs"), Map.of("limit", 20), Answer.class, "the test board");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getBody().utf8()).isEqualTo("{\"limit\":20}");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void retriesServerErrorsAndRateLimitsHonouringRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "2")
                .build());
        server.enqueue(json(200, "{\"name\": \"late\", \"count\": 0}"));

        Answer answer = fetcher.get(server.url("/"), Answer.class, "the test board");

        assertThat(answer.name()).isEqualTo("late");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheStatus() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(500).build());
        }

        assertThatThrownBy(() -> fetcher.get(server.url("/jobs"), Answer.class, "Acme's board"))
                .isInstanceOf(HttpFailure.class)
                .hasMessageStartingWith("Acme's board answered HTTP 500 for " + server.url("/jobs"))
                .satisfies(e -> assertThat(((HttpFailure) e).status()).isEqualTo(ExitStatus.UNAVAILABLE));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void doesNotRetryClientErrorsOrWaitTooLong() {
        server.enqueue(new MockResponse.Builder().code(404).build());
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "3600")
                .build());

        assertThatThrownBy(() -> fetcher.get(server.url("/"), Answer.class, "Acme's board"))
                .hasMessageContaining("HTTP 404")
                .hasMessageEndingWith("check the board settings with 'jsa company show'");
        assertThatThrownBy(() -> fetcher.get(server.url("/"), Answer.class, "Acme's board"))
                .hasMessageContaining("HTTP 429");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).isEmpty();
    }

    @Test
    void retriesAResetConnection() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build());
        server.enqueue(json(200, "{\"name\": \"again\", \"count\": 2}"));

        assertThat(fetcher.get(server.url("/"), Answer.class, "the test board").name())
                .isEqualTo("again");
        assertThat(waits).hasSize(1);
    }

    @Test
    void anHtmlPageIsNotJson() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/html")
                .body("<html><body>Service unavailable</body></html>")
                .build());

        assertThatThrownBy(() -> fetcher.get(server.url("/"), Answer.class, "Acme's board"))
                .hasMessageStartingWith("Acme's board sent an HTML page instead of JSON");
    }

    @Test
    void truncatedEmptyMistypedAndOversizedBodiesAreFailures() {
        server.enqueue(json(200, "{\"name\": \"cut"));
        server.enqueue(json(200, ""));
        server.enqueue(json(200, "{\"name\": \"x\", \"count\": \"many\"}"));
        server.enqueue(json(200, "{\"name\": \"" + "x".repeat(2000) + "\", \"count\": 1}"));

        assertThatThrownBy(() -> fetcher.get(server.url("/"), Answer.class, "B"))
                .hasMessageContaining("cannot read");
        assertThatThrownBy(() -> fetcher.get(server.url("/"), Answer.class, "B"))
                .hasMessageContaining("empty answer");
        assertThatThrownBy(() -> fetcher.get(server.url("/"), Answer.class, "B"))
                .hasMessageContaining("cannot read");
        assertThatThrownBy(() -> fetcher.get(server.url("/"), Answer.class, "B"))
                .hasMessageContaining("sent more than");
    }

    @Test
    void aTimeoutIsRetriedThenReported() {
        RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(10), waits::add);
        JsonFetcher impatient = new JsonFetcher(
                HttpClients.create("jsa-test/1", policy)
                        .newBuilder()
                        .readTimeout(Duration.ofMillis(200))
                        .build(),
                1024);
        for (int i = 0; i < 2; i++) {
            server.enqueue(json(200, "{\"name\": \"slow\", \"count\": 1}")
                    .newBuilder()
                    .headersDelay(2, TimeUnit.SECONDS)
                    .build());
        }

        assertThatThrownBy(() -> impatient.get(server.url("/"), Answer.class, "Slow board"))
                .isInstanceOf(HttpFailure.class)
                .hasMessageContaining("could not be fetched")
                .hasMessageContaining("(timed out)");
        assertThat(waits).hasSize(1);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
