package jsa.llm.anthropic;

import static jsa.llm.LlmTestData.API_KEY;
import static jsa.llm.LlmTestData.fixture;
import static jsa.llm.LlmTestData.json;
import static jsa.llm.LlmTestData.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.http.ApiAnswer;
import jsa.http.HttpClients;
import jsa.http.RetryPolicy;
import jsa.llm.ErrorKind;
import jsa.llm.LlmException;
import jsa.llm.LlmReply;
import jsa.llm.LlmRequest;
import jsa.llm.LlmTestData;
import jsa.llm.TokenUsage;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/** Answers, request bodies and usage; the error paths are in {@link AnthropicClientErrorsTest}. */
class AnthropicClientTest {
    private final List<Duration> waits = new ArrayList<>();
    private final LlmRequest request = LlmTestData.request("claude-sonnet-4-5");
    private MockWebServer server;
    private AnthropicClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryPolicy retries = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), waits::add);
        client = new AnthropicClient(
                HttpClients.create("jsa-test/1", RetryPolicy.DEFAULT),
                server.url("/").toString(),
                API_KEY,
                retries);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void readsTheJsonOfTheTextBlockWithModelUsageAndRequestId() {
        server.enqueue(json(200, fixture("anthropic-message-json-output.json"))
                .newBuilder()
                .addHeader("request-id", "req_011CTest")
                .build());

        LlmReply reply = client.complete(request);

        assertThat(reply.json())
                .isEqualTo(tree("{\"city\":\"London\",\"country\":\"United Kingdom\",\"population\":9002488}"));
        assertThat(reply.model()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(reply.usage()).isEqualTo(new TokenUsage(196, 19, 0, 0, 0));
        assertThat(reply.requestId()).isEqualTo("req_011CTest");
        assertThat(client.provider()).isEqualTo("anthropic");
    }

    @Test
    void sendsACachedSystemBlockAndNativeJsonOutputWithoutTemperature() throws InterruptedException {
        server.enqueue(json(200, fixture("anthropic-message-json-output.json")));

        client.complete(request);

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/v1/messages");
        assertThat(sent.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
        assertThat(sent.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = tree(sent.getBody().utf8());
        assertThat(body.path("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.path("system")).hasSize(1);
        JsonNode system = body.path("system").path(0);
        assertThat(system.path("text").asText()).isEqualTo(request.prompt().system());
        assertThat(system.path("cache_control")).isEqualTo(tree("{\"type\":\"ephemeral\"}"));
        assertThat(body.path("messages"))
                .isEqualTo(tree("[{\"role\":\"user\",\"content\":\"" + request.user() + "\"}]"));
        assertThat(body.path("output_config").path("format"))
                .isEqualTo(tree("{\"type\":\"json_schema\",\"schema\":" + request.schema() + "}"));
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("tools")).isFalse();
        assertThat(body.has("tool_choice")).isFalse();
    }

    @Test
    void picksTheTextBlockAfterAThinkingBlock() {
        // no recorded thinking reply exists; this is the documented shape (LLM-APIS.md §1.3)
        server.enqueue(json(
                200,
                "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                        + "\"model\":\"claude-haiku-5-5\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"Paris, surely.\","
                        + "\"signature\":\"sig\"},{\"type\":\"text\",\"text\":\"{\\\"city\\\":\\\"Paris\\\",\\\"country\\\":\\\"France\\\"}\"}],"
                        + "\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":50,\"output_tokens\":30}}"));

        LlmReply reply = client.complete(request);

        assertThat(reply.json().path("city").asText()).isEqualTo("Paris");
        assertThat(reply.model()).isEqualTo("claude-haiku-5-5");
    }

    @Test
    void fallsBackToAStrictToolWhenTheServerRejectsOutputConfigAndRemembersIt() throws InterruptedException {
        // the wording Vertex AI gave for output_config (anthropic-sdk-csharp issue #132)
        server.enqueue(json(
                400,
                "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                        + "\"message\":\"output_config: Extra inputs are not permitted\"}}"));
        server.enqueue(json(200, fixture("anthropic-message-tool-use.json")));
        server.enqueue(json(200, fixture("anthropic-message-tool-use.json")));

        LlmReply reply = client.complete(request);
        client.complete(request);

        assertThat(reply.json().path("city").asText()).isEqualTo("Paris");
        assertThat(reply.usage()).isEqualTo(new TokenUsage(734, 239, 0, 0, 0));
        assertThat(tree(server.takeRequest().getBody().utf8()).has("output_config"))
                .isTrue();
        for (int call = 2; call <= 3; call++) {
            JsonNode body = tree(server.takeRequest().getBody().utf8());
            assertThat(body.has("output_config")).isFalse();
            JsonNode tool = body.path("tools").path(0);
            assertThat(tool.path("name").asText()).isEqualTo("city_answer");
            assertThat(tool.path("strict").asBoolean()).isTrue();
            assertThat(tool.path("input_schema")).isEqualTo(request.schema());
            assertThat(body.path("tool_choice")).isEqualTo(tree("{\"type\":\"auto\"}"));
            assertThat(body.path("system").path(0).path("text").asText())
                    .startsWith(request.prompt().system())
                    .contains("calling the tool `city_answer`");
            assertThat(body.has("temperature")).isFalse();
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void countsTokensWithTheSameSystemMessagesAndFormatButNoMaxTokens() throws InterruptedException {
        server.enqueue(json(200, fixture("anthropic-count-tokens.json")));

        assertThat(client.countInputTokens(request)).isEqualTo(1114);

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/v1/messages/count_tokens");
        assertThat(sent.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
        JsonNode body = tree(sent.getBody().utf8());
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.path("system")
                        .path(0)
                        .path("cache_control")
                        .path("type")
                        .asText())
                .isEqualTo("ephemeral");
        assertThat(body.path("messages").path(0).path("content").asText()).isEqualTo(request.user());
        assertThat(body.path("output_config").path("format").path("schema")).isEqualTo(request.schema());
    }

    @Test
    void mapsEveryUsageCounterIncludingBothCacheLifetimes() {
        assertThat(usageOf("anthropic-usage-with-cache.json")).isEqualTo(new TokenUsage(3, 33, 1111, 418, 0));
        assertThat(usageOf("anthropic-usage-with-cache-1h.json")).isEqualTo(new TokenUsage(17, 100, 0, 0, 2056));
        assertThat(usageOf("anthropic-message-max-tokens.json")).isEqualTo(new TokenUsage(11, 100, 2055, 0, 0));
        assertThat(usageOf("anthropic-message-text.json")).isEqualTo(new TokenUsage(12, 6, 0, 0, 0));
        // without the breakdown, a write is the 5-minute cache (the only one there was)
        assertThat(AnthropicReplies.usage(
                        tree("{\"input_tokens\":5,\"cache_creation_input_tokens\":300,\"output_tokens\":2}")))
                .isEqualTo(new TokenUsage(5, 2, 0, 300, 0));
    }

    @Test
    void anAnswerCutByMaxTokensIsTruncatedNotHalfAResult() {
        server.enqueue(json(200, fixture("anthropic-message-max-tokens.json")));
        server.enqueue(json(200, fixture("anthropic-message-max-tokens-docs.json")));
        server.enqueue(json(
                200,
                "{\"model\":\"claude-sonnet-4-5\",\"content\":[{\"type\":\"text\",\"text\":\"{\\\"city\\\":\"}],"
                        + "\"stop_reason\":\"model_context_window_exceeded\",\"usage\":{}}"));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.complete(request))
                    .isInstanceOfSatisfying(
                            LlmException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.TRUNCATED))
                    .hasMessageContaining("task 'parse-jd' was cut");
        }
    }

    @Test
    void aRefusalIsRefusedAndProseIsInvalidJson() {
        server.enqueue(json(
                200,
                "{\"model\":\"claude-sonnet-4-5\",\"content\":[{\"type\":\"text\",\"text\":\"\"}],"
                        + "\"stop_reason\":\"refusal\",\"usage\":{\"input_tokens\":9,\"output_tokens\":0}}"));
        server.enqueue(json(200, fixture("anthropic-message-text.json")));

        assertThatThrownBy(() -> client.complete(request))
                .isInstanceOfSatisfying(
                        LlmException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.REFUSED));
        assertThatThrownBy(() -> client.complete(request))
                .isInstanceOfSatisfying(
                        LlmException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_JSON))
                .hasMessageContaining("not JSON");
    }

    @Test
    void aToolModeAnswerWithoutTheToolCallIsInvalidJson() {
        ApiAnswer prose = new ApiAnswer(200, Headers.of(), fixture("anthropic-message-text.json"));

        assertThatThrownBy(() -> AnthropicReplies.read(prose, request, OutputMode.STRICT_TOOL))
                .isInstanceOfSatisfying(
                        LlmException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_JSON))
                .hasMessageContaining("without calling the tool 'city_answer'");
    }

    private static TokenUsage usageOf(String fixture) {
        return AnthropicReplies.usage(tree(fixture(fixture)).path("usage"));
    }
}
