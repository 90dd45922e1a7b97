package jsa.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

class ApiRetryInterceptorTest {
    private final List<Duration> waits = new ArrayList<>();
    private final List<Duration> boardWaits = new ArrayList<>();
    private MockWebServer server;
    private OkHttpClient http;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        OkHttpClient shared = HttpClients.create(
                "jsa-test/1", new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(30), boardWaits::add));
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), waits::add);
        http = HttpClients.forApi(
                shared, new ApiRetryInterceptor(policy, Duration.ofSeconds(60), body -> body.contains("spend_limit")));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void replacesTheBoardRetriesKeepsTheUserAgentAndWaitsMinutesForAnAnswer() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            server.enqueue(status(500));
        }

        assertThat(call()).isEqualTo(500);

        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(boardWaits).isEmpty();
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
        assertThat(server.takeRequest().getHeaders().get("User-Agent")).isEqualTo("jsa-test/1");
        assertThat(http.readTimeoutMillis()).isEqualTo(Duration.ofMinutes(10).toMillis());
    }

    @Test
    void retries408And409ButNoOther4xx() {
        server.enqueue(status(408));
        server.enqueue(status(409));
        server.enqueue(status(200));
        server.enqueue(status(400));
        server.enqueue(status(404));

        assertThat(call()).isEqualTo(200);
        assertThat(call()).isEqualTo(400);
        assertThat(call()).isEqualTo(404);
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(waits).hasSize(2);
    }

    @Test
    void xShouldRetryOverridesTheStatusTable() {
        server.enqueue(
                status(400).newBuilder().addHeader("x-should-retry", "true").build());
        server.enqueue(status(200));
        server.enqueue(
                status(503).newBuilder().addHeader("x-should-retry", "false").build());

        assertThat(call()).isEqualTo(200);
        assertThat(call()).isEqualTo(503);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void honoursRetryAfterMsThenSecondsThenAnHttpDate() {
        String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
        server.enqueue(status(429)
                .newBuilder()
                .addHeader("retry-after-ms", "250")
                .addHeader("retry-after", "9")
                .build());
        server.enqueue(status(429).newBuilder().addHeader("retry-after", "3").build());
        server.enqueue(status(200));
        server.enqueue(status(529)
                .newBuilder()
                .addHeader("retry-after", inTwentySeconds)
                .build());
        server.enqueue(status(200));

        assertThat(call()).isEqualTo(200);
        assertThat(call()).isEqualTo(200);

        assertThat(waits.subList(0, 2)).containsExactly(Duration.ofMillis(250), Duration.ofSeconds(3));
        assertThat(waits.get(2)).isBetween(Duration.ofSeconds(18), Duration.ofSeconds(20));
    }

    @Test
    void aZeroRetryAfterFallsBackToBackoffAndATooLongOneEndsTheRetries() {
        server.enqueue(status(429).newBuilder().addHeader("retry-after", "0").build());
        server.enqueue(status(200));
        server.enqueue(status(429).newBuilder().addHeader("retry-after", "61").build());

        assertThat(call()).isEqualTo(200);
        assertThat(call()).isEqualTo(429);

        assertThat(waits).singleElement().satisfies(wait -> assertThat(wait)
                .isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void retryAfterOnASuccessIsIgnored() {
        server.enqueue(status(200).newBuilder().addHeader("retry-after", "41").build());

        assertThat(call()).isEqualTo(200);
        assertThat(waits).isEmpty();
    }

    @Test
    void aPermanentErrorBodyIsNotRetriedWhateverTheHeaders() {
        server.enqueue(status(429)
                .newBuilder()
                .addHeader("x-should-retry", "true")
                .body("{\"error\":{\"details\":{\"error_code\":\"enforced_spend_limit_reached\"}}}")
                .build());

        assertThat(call()).isEqualTo(429);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void retriesAResetConnection() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build());
        server.enqueue(status(200));

        assertThat(call()).isEqualTo(200);
        assertThat(waits).hasSize(1);
    }

    private int call() {
        Request request = new Request.Builder().url(server.url("/v1/messages")).build();
        try (Response response = http.newCall(request).execute()) {
            return response.code();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("{}").build();
    }
}
