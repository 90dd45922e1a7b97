package jsa.llm.openai;

import static jsa.llm.LlmTestData.API_KEY;
import static jsa.llm.LlmTestData.fixture;
import static jsa.llm.LlmTestData.json;
import static jsa.llm.LlmTestData.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.knuddels.jtokkit.api.EncodingType;

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
import okhttp3.OkHttpClient;

/** Answers, request bodies, the JSON-mode fallback and token counts; errors are in {@link OpenAiClientErrorsTest}. */
class OpenAiClientTest {
    private final List<Duration> waits = new ArrayList<>();
    private final LlmRequest request = LlmTestData.request("gpt-4o-2024-08-06");
    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void readsJsonSchemaOutputWithModelUsageAndRequestId() throws InterruptedException {
        server.enqueue(json(200, fixture("openai-chat-json-schema.json"))
                .newBuilder()
                .addHeader("x-request-id", "req_abc123")
                .build());

        LlmReply reply = client(API_KEY).complete(request);

        assertThat(reply.json().path("final_answer").asText()).isEqualTo("x = -\\frac{29}{8}");
        assertThat(reply.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(reply.usage()).isEqualTo(new TokenUsage(127, 93, 0, 0, 0));
        assertThat(reply.requestId()).isEqualTo("req_abc123");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
        JsonNode body = tree(sent.getBody().utf8());
        assertThat(body.path("messages"))
                .isEqualTo(tree("[{\"role\":\"system\",\"content\":\""
                        + request.prompt().system() + "\"},{\"role\":\"user\",\"content\":\"" + request.user()
                        + "\"}]"));
        assertThat(body.path("response_format"))
                .isEqualTo(tree("{\"type\":\"json_schema\",\"json_schema\":"
                        + "{\"name\":\"city_answer\",\"strict\":true,\"schema\":" + request.schema() + "}}"));
        assertThat(body.has("temperature")).isFalse();
        // not api.openai.com: max_tokens, which every local server reads
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.has("max_completion_tokens")).isFalse();
    }

    @Test
    void aLocalServerWithoutKeyGetsNoAuthorizationAndMissingCacheDetailsAreZero() throws InterruptedException {
        server.enqueue(json(200, fixture("ollama-openai-chat.json")));

        LlmReply reply = client(null).complete(LlmTestData.request("qwen3:0.6b"));

        assertThat(reply.json()).isEqualTo(tree("{\"city\":\"Paris\",\"country\":\"France\"}"));
        assertThat(reply.usage()).isEqualTo(new TokenUsage(136, 15, 0, 0, 0));
        assertThat(reply.requestId()).isNull();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void openAiItselfGetsMaxCompletionTokens() throws InterruptedException {
        server.enqueue(json(200, fixture("openai-chat-json-schema.json")));
        // api.openai.com resolved to this loopback server: the host decides the field, not the network
        OkHttpClient loopbackDns = HttpClients.create("jsa-test/1", RetryPolicy.DEFAULT)
                .newBuilder()
                .dns(host -> List.of(InetAddress.getLoopbackAddress()))
                .build();
        String baseUrl = "http://api.openai.com:" + server.getPort() + "/v1";

        new OpenAiClient(loopbackDns, baseUrl, API_KEY, retries()).complete(request);

        JsonNode body = tree(server.takeRequest().getBody().utf8());
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(1024);
        assertThat(body.has("max_tokens")).isFalse();
    }

    @Test
    void stepsDownToJsonObjectWhenJsonSchemaIsRejectedAndRemembersIt() throws InterruptedException {
        // llama.cpp's wording for a response_format it does not take (LLM-APIS.md §3.3)
        server.enqueue(json(
                400,
                "{\"error\":{\"code\":400,\"message\":\"response_format type must be one of "
                        + "\\\"text\\\" or \\\"json_object\\\"\",\"type\":\"invalid_request_error\"}}"));
        server.enqueue(json(200, fixture("ollama-openai-chat.json")));
        server.enqueue(json(200, fixture("ollama-openai-chat.json")));
        OpenAiClient client = client(null);

        assertThat(client.complete(request).json().path("city").asText()).isEqualTo("Paris");
        client.complete(request);

        assertThat(tree(server.takeRequest().getBody().utf8())
                        .path("response_format")
                        .path("type")
                        .asText())
                .isEqualTo("json_schema");
        for (int call = 2; call <= 3; call++) {
            JsonNode body = tree(server.takeRequest().getBody().utf8());
            assertThat(body.path("response_format")).isEqualTo(tree("{\"type\":\"json_object\"}"));
            assertThat(body.path("messages").path(0).path("content").asText())
                    .startsWith(request.prompt().system())
                    .contains("JSON Schema")
                    .endsWith(request.schema().toString());
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void stepsDownToThePromptAloneWhenJsonObjectIsRejectedToo() throws InterruptedException {
        server.enqueue(json(
                400, "{\"error\":{\"message\":\"unknown field: json_schema\",\"type\":\"invalid_request_error\"}}"));
        server.enqueue(json(
                400,
                "{\"error\":{\"message\":\"response_format is not supported\",\"type\":\"invalid_request_error\"}}"));
        server.enqueue(json(200, fixture("ollama-openai-chat.json")));

        client(null).complete(request);

        server.takeRequest();
        server.takeRequest();
        JsonNode last = tree(server.takeRequest().getBody().utf8());
        assertThat(last.has("response_format")).isFalse();
        assertThat(last.path("messages").path(0).path("content").asText())
                .contains(request.schema().toString());
    }

    @Test
    void aReplyCutByTheLengthLimitIsTruncated() {
        server.enqueue(json(200, fixture("openai-chat-length.json")));

        LlmException e =
                catchThrowableOfType(LlmException.class, () -> client(API_KEY).complete(request));

        assertThat(e.kind()).isEqualTo(ErrorKind.TRUNCATED);
        assertThat(e).hasMessageContaining("cut at its limit of 1024 output tokens");
    }

    @Test
    void mapsCachedPromptTokensIntoTheCacheReadBucket() {
        assertThat(OpenAiReplies.usage(tree(fixture("openai-chat-length.json")).path("usage")))
                .isEqualTo(new TokenUsage(1220 - 1152, 100, 1152, 0, 0));
    }

    @Test
    void refusalsAndProseAreReportedAndAFencedBlockIsAccepted() {
        server.enqueue(json(200, completion("null", "\"I can't help with that.\"", "stop")));
        server.enqueue(json(200, completion("\"{}\"", "null", "content_filter")));
        server.enqueue(json(200, completion("\"Sure! The city is Paris.\"", "null", "stop")));
        server.enqueue(json(
                200,
                completion(
                        "\"```json\\n{\\\"city\\\":\\\"Rome\\\",\\\"country\\\":\\\"Italy\\\"}\\n```\"",
                        "null",
                        "stop")));
        OpenAiClient client = client(null);

        assertThat(catchThrowableOfType(LlmException.class, () -> client.complete(request))
                        .kind())
                .isEqualTo(ErrorKind.REFUSED);
        assertThat(catchThrowableOfType(LlmException.class, () -> client.complete(request))
                        .kind())
                .isEqualTo(ErrorKind.REFUSED);
        assertThat(catchThrowableOfType(LlmException.class, () -> client.complete(request))
                        .kind())
                .isEqualTo(ErrorKind.INVALID_JSON);
        assertThat(client.complete(request).json().path("city").asText()).isEqualTo("Rome");
    }

    @Test
    void countsTokensLocallyWithTheModelsEncoding() {
        assertThat(TokenEstimator.encodingFor("gpt-4o-2024-08-06")).isEqualTo(EncodingType.O200K_BASE);
        assertThat(TokenEstimator.encodingFor("o3-mini")).isEqualTo(EncodingType.O200K_BASE);
        assertThat(TokenEstimator.encodingFor("gpt-5")).isEqualTo(EncodingType.O200K_BASE);
        assertThat(TokenEstimator.encodingFor("llama3.1")).isEqualTo(EncodingType.CL100K_BASE);
        // two messages of 4 tokens overhead and 3 for the reply's priming
        assertThat(TokenEstimator.count("gpt-4o", "", "", "")).isEqualTo(11);
        assertThat(TokenEstimator.count("gpt-4o", "hello world", "", "")).isEqualTo(13);

        int tokens = client(null).countInputTokens(request);

        int schemaAlone =
                TokenEstimator.count("gpt-4o", "", "", request.schema().toString()) - 11;
        assertThat(tokens).isGreaterThan(11 + schemaAlone);
        assertThat(server.getRequestCount()).isZero();
    }

    private static String completion(String content, String refusal, String finish) {
        return "{\"id\":\"chatcmpl-1\",\"model\":\"llama3.1\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":" + content + ",\"refusal\":" + refusal + "},\"finish_reason\":\"" + finish + "\"}],"
                + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}";
    }

    private OpenAiClient client(String apiKey) {
        return new OpenAiClient(
                HttpClients.create("jsa-test/1", RetryPolicy.DEFAULT),
                server.url("/v1").toString(),
                apiKey,
                retries());
    }

    private RetryPolicy retries() {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), waits::add);
    }
}
