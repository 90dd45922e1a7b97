package jsa.llm.openai;

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

import mockwebserver3.MockWebServer;

/** Error answers, retries and transport failures of an OpenAI-compatible server. */
class OpenAiClientErrorsTest {
    /** The documented shapes (LLM-APIS.md §2); no recorded 429 body could be cited. */
    private static final String RATE_LIMITED = "{\"error\":{\"message\":\"Rate limit reached for requests\","
            + "\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}";

    private static final String QUOTA =
            "{\"error\":{\"message\":\"You exceeded your current quota, please check your plan "
                    + "and billing details.\",\"type\":\"insufficient_quota\",\"param\":null,\"code\":\"insufficient_quota\"}}";

    private final List<Duration> waits = new ArrayList<>();
    private final LlmRequest request = LlmTestData.request("llama3.1");
    private MockWebServer server;
    private OpenAiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = clientFor(server.url("/v1").toString(), API_KEY);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aRejectedKeyNamesTheVariableWithoutEchoingTheMaskedKey() {
        server.enqueue(json(401, fixture("openai-error-invalid-key.json")));

        LlmException e = failure(client);

        assertThat(e).hasMessage("the server rejected the API key (401); check OPENAI_API_KEY");
        assertThat(e.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aServerThatWantsAKeyWhenNoneIsSetSaysSo() {
        server.enqueue(json(401, fixture("openai-error-invalid-key.json")));

        assertThat(failure(clientFor(server.url("/v1").toString(), "")))
                .hasMessageEndingWith("requires an API key (401); set OPENAI_API_KEY");
    }

    @Test
    void anUnknownModelNamesTheSettingToChange() {
        // Ollama's /v1 error shape (LLM-APIS.md §3.1)
        server.enqueue(json(
                404,
                "{\"error\":{\"message\":\"model \\\"llama3.1\\\" not found, try pulling it first\","
                        + "\"type\":\"not_found_error\",\"param\":null,\"code\":null}}"));

        LlmException e = failure(client);

        assertThat(e.getMessage())
                .startsWith("model 'llama3.1' not found at " + server.url("/v1"))
                .contains("set llm.model.parse-jd to a model the server offers");
        assertThat(e.kind()).isEqualTo(ErrorKind.HTTP_4XX);
    }

    @Test
    void aQuotaErrorIsNeverRetried() {
        server.enqueue(json(429, QUOTA));

        LlmException e = failure(client);

        assertThat(e.kind()).isEqualTo(ErrorKind.HTTP_4XX);
        assertThat(e).hasMessageContaining("quota or spend limit");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aRateLimitWaitsTheNamedMillisecondsThenSucceeds() {
        server.enqueue(json(429, RATE_LIMITED)
                .newBuilder()
                .addHeader("retry-after-ms", "1500")
                .build());
        server.enqueue(json(200, fixture("ollama-openai-chat.json")));

        client.complete(request);

        assertThat(waits).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void aRateLimitThatHoldsIsRateLimited() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(429, RATE_LIMITED)
                    .newBuilder()
                    .addHeader("retry-after", "90")
                    .build());
        }

        LlmException e = failure(client);

        // 90 s is within openai-python's 120 s cap, though above Anthropic's 60 s
        assertThat(waits).containsExactly(Duration.ofSeconds(90), Duration.ofSeconds(90));
        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.status()).isEqualTo(ExitStatus.UNAVAILABLE);
    }

    @Test
    void serverErrorsAreRetriedThenReportedAsUnavailable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "{\"error\":{\"message\":\"model is loading\",\"type\":\"api_error\"}}"));
        }

        LlmException e = failure(client);

        assertThat(e.kind()).isEqualTo(ErrorKind.HTTP_5XX);
        assertThat(e).hasMessageContaining("failed after retries (503: model is loading)");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRefusedConnectionAsksWhetherTheServerRuns() throws IOException {
        String deadUrl = server.url("/v1").toString();
        server.close();

        LlmException e = failure(clientFor(deadUrl, null));

        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(e.getMessage())
                .startsWith("cannot reach the server at " + deadUrl)
                .endsWith("is the server running? check llm.openai.base-url / OPENAI_BASE_URL");
    }

    @Test
    void theKeyNeverAppearsInAMessage() {
        String echo = "{\"error\":{\"message\":\"bad key " + API_KEY + "\",\"type\":\"invalid_request_error\"}}";
        server.enqueue(json(401, fixture("openai-error-invalid-key.json")));
        server.enqueue(json(400, echo));
        server.enqueue(json(403, echo));
        server.enqueue(json(429, QUOTA));

        for (int i = 0; i < 4; i++) {
            assertThat(failure(client).getMessage()).doesNotContain(API_KEY).doesNotContain("not-a-r****key");
        }
        assertThat(client.toString()).doesNotContain(API_KEY);
    }

    private OpenAiClient clientFor(String baseUrl, String apiKey) {
        RetryPolicy retries = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), waits::add);
        return new OpenAiClient(HttpClients.create("jsa-test/1", RetryPolicy.DEFAULT), baseUrl, apiKey, retries);
    }

    private LlmException failure(OpenAiClient target) {
        return catchThrowableOfType(LlmException.class, () -> target.complete(request));
    }
}
