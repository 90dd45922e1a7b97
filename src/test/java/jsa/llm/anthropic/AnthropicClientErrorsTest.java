package jsa.llm.anthropic;

import static jsa.llm.LlmTestData.API_KEY;
import static jsa.llm.LlmTestData.fixture;
import static jsa.llm.LlmTestData.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jsa.ExitStatus;
import jsa.http.HttpClients;
import jsa.http.RetryPolicy;
import jsa.llm.ErrorKind;
import jsa.llm.LlmException;
import jsa.llm.LlmRequest;
import jsa.llm.LlmTestData;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Error answers, retries and transport failures, replayed with the statuses PROVENANCE.md gives. */
class AnthropicClientErrorsTest {
    /** The documented 429 shape (LLM-APIS.md §1.7); no recorded body could be cited. */
    private static final String RATE_LIMITED = "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\","
            + "\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"},\"request_id\":\"req_1\"}";

    private static final String SPEND_LIMIT = "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\","
            + "\"message\":\"You have reached your monthly spend limit\","
            + "\"details\":{\"error_code\":\"enforced_spend_limit_reached\"}},\"request_id\":\"req_2\"}";

    private final List<Duration> waits = new ArrayList<>();
    private final LlmRequest request = LlmTestData.request("claude-sonnet-4-5");
    private MockWebServer server;
    private AnthropicClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = clientFor(server.url("/").toString());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aRejectedKeyNamesTheVariableAndIsNotRetried() {
        server.enqueue(json(401, fixture("anthropic-error-authentication.json"))
                .newBuilder()
                .addHeader("request-id", "req_013JyjhVcnhy8mfJkvBTqMNB")
                .addHeader("x-should-retry", "false")
                .build());

        LlmException e = failure();

        assertThat(e).hasMessage("Anthropic rejected the API key (401 authentication_error); check ANTHROPIC_API_KEY");
        assertThat(e.kind()).isEqualTo(ErrorKind.HTTP_4XX);
        assertThat(e.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUnknownModelNamesTheSettingToChange() {
        server.enqueue(json(404, fixture("anthropic-error-not-found.json")));

        LlmException e = failure();

        assertThat(e.getMessage())
                .startsWith("model 'claude-sonnet-4-5' not found (404 not_found_error: model: claude-does-not-exist)")
                .endsWith("; set llm.model.parse-jd to a model id from the Anthropic docs");
        assertThat(e.status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void aBadRequestGivesTheServersMessageAndNoRetryOrFallback() {
        server.enqueue(json(400, fixture("anthropic-error-invalid-request.json")));

        LlmException e = failure();

        assertThat(e.getMessage())
                .contains("(400 invalid_request_error: This model does not support effort level 'xhigh'.");
        assertThat(e.kind()).isEqualTo(ErrorKind.HTTP_4XX);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void overloadedThenSuccessRetriesAfterABackoff() {
        server.enqueue(json(529, fixture("anthropic-error-overloaded.json")));
        server.enqueue(json(200, fixture("anthropic-message-json-output.json")));

        assertThat(client.complete(request).json().path("city").asText()).isEqualTo("London");
        assertThat(waits).singleElement().satisfies(wait -> assertThat(wait)
                .isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
    }

    @Test
    void overloadedThreeTimesIsUnavailableAfterTwoGrowingWaits() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(529, fixture("anthropic-error-overloaded.json")));
        }

        LlmException e = failure();

        assertThat(e).hasMessageStartingWith("Anthropic failed after retries (529 overloaded_error: Overloaded)");
        assertThat(e.kind()).isEqualTo(ErrorKind.HTTP_5XX);
        assertThat(e.status()).isEqualTo(ExitStatus.UNAVAILABLE);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    }

    @Test
    void aRateLimitWaitsTheNamedTimeThenSucceeds() {
        server.enqueue(json(429, RATE_LIMITED)
                .newBuilder()
                .addHeader("retry-after", "7")
                .build());
        server.enqueue(json(200, fixture("anthropic-message-json-output.json")));

        client.complete(request);

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRateLimitWithoutRetryAfterBacksOffThenReportsRateLimited() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(429, RATE_LIMITED));
        }

        LlmException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.status()).isEqualTo(ExitStatus.UNAVAILABLE);
        assertThat(e).hasMessageContaining("Anthropic's rate limit held after retries (429 rate_limit_error");
        assertThat(waits).hasSize(2);
    }

    @Test
    void aRateLimitAskingForMoreThanAMinuteIsReportedAtOnce() {
        server.enqueue(json(429, RATE_LIMITED)
                .newBuilder()
                .addHeader("retry-after", "600")
                .build());

        LlmException e = failure();

        assertThat(e).hasMessageContaining("it asks to wait 600 s");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aSpendLimitIsNeverRetried() {
        server.enqueue(json(429, SPEND_LIMIT));

        LlmException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.HTTP_4XX);
        assertThat(e.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(e).hasMessageContaining("monthly spend limit");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void xShouldRetryFalseStopsTheRetriesOfAServerError() {
        server.enqueue(json(
                        500,
                        "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}")
                .newBuilder()
                .addHeader("x-should-retry", "false")
                .build());

        assertThat(failure().kind()).isEqualTo(ErrorKind.HTTP_5XX);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionNamesTheBaseUrlAndItsSetting() throws IOException {
        String deadUrl = server.url("/").toString();
        server.close();
        AnthropicClient unreachable = clientFor(deadUrl);

        LlmException e = catchThrowableOfType(LlmException.class, () -> unreachable.complete(request));

        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(e.status()).isEqualTo(ExitStatus.UNAVAILABLE);
        assertThat(e.getMessage())
                .startsWith("cannot reach Anthropic at " + deadUrl + " (connection refused)")
                .contains("check llm.anthropic.base-url / ANTHROPIC_BASE_URL");
        assertThat(waits).hasSize(2);
    }

    @Test
    void theKeyNeverAppearsInAMessageEvenWhenTheServerEchoesIt() throws IOException {
        String echo =
                "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"bad header x-api-key: "
                        + API_KEY + "\"}}";
        List<MockResponse> answers = List.of(
                json(401, fixture("anthropic-error-authentication.json")),
                json(400, echo),
                json(403, echo),
                json(404, fixture("anthropic-error-not-found.json")),
                json(429, SPEND_LIMIT),
                json(500, echo)
                        .newBuilder()
                        .addHeader("x-should-retry", "false")
                        .build());
        List<String> messages = new ArrayList<>();
        for (MockResponse answer : answers) {
            server.enqueue(answer);
            messages.add(failure().getMessage());
        }
        String deadUrl = server.url("/").toString();
        server.close();
        messages.add(catchThrowableOfType(
                        LlmException.class, () -> clientFor(deadUrl).complete(request))
                .getMessage());

        assertThat(messages).hasSize(7).noneMatch(message -> message.contains(API_KEY));
        assertThat(messages.get(1)).contains("x-api-key: ***");
        assertThat(client.toString()).doesNotContain(API_KEY);
    }

    private AnthropicClient clientFor(String baseUrl) {
        RetryPolicy retries = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), waits::add);
        return new AnthropicClient(HttpClients.create("jsa-test/1", RetryPolicy.DEFAULT), baseUrl, API_KEY, retries);
    }

    private LlmException failure() {
        return catchThrowableOfType(LlmException.class, () -> client.complete(request));
    }
}
