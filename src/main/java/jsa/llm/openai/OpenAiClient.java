package jsa.llm.openai;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import jsa.JsaException;
import jsa.http.ApiAnswer;
import jsa.http.ApiRetryInterceptor;
import jsa.http.HttpClients;
import jsa.http.RetryPolicy;
import jsa.llm.LlmClient;
import jsa.llm.LlmReply;
import jsa.llm.LlmRequest;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * A model behind an OpenAI-compatible Chat Completions server: OpenAI, Ollama, vLLM, llama.cpp.
 * Asks for strict {@code json_schema} output; a server that rejects it is asked for
 * {@code json_object}, then for JSON by the prompt alone, and the mode that worked is kept for
 * later calls. Input tokens are counted locally (there is no counting endpoint).
 */
public final class OpenAiClient implements LlmClient {
    /** openai-python's cap on a server-named wait; a longer one is reported rather than waited out. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);

    private static final String OPENAI_HOST = "api.openai.com";

    private final OkHttpClient http;
    private final String baseUrl;
    private final HttpUrl chatUrl;
    private final String apiKey;
    private final boolean completionTokensField;
    private final AtomicReference<JsonMode> mode = new AtomicReference<>(JsonMode.JSON_SCHEMA);

    /**
     * @param shared the application's client; this one derives its own with generation timeouts
     *     and the API retry rules
     * @param baseUrl the server's API root including {@code /v1}, e.g.
     *     {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
     * @param apiKey sent as a bearer token; null or blank for local servers that need none; never
     *     shown in messages
     * @param retries attempts and backoff, normally {@link ApiRetryInterceptor#SDK_DEFAULT}
     */
    public OpenAiClient(OkHttpClient shared, String baseUrl, String apiKey, RetryPolicy retries) {
        HttpUrl base = HttpUrl.parse(baseUrl);
        if (base == null) {
            throw JsaException.usage(
                    "the OpenAI-compatible base URL '" + baseUrl + "' is not an http(s) URL",
                    "check llm.openai.base-url / OPENAI_BASE_URL");
        }
        this.http =
                HttpClients.forApi(shared, new ApiRetryInterceptor(retries, MAX_RETRY_AFTER, OpenAiErrors::isQuota));
        this.baseUrl = baseUrl;
        this.chatUrl = base.newBuilder().addPathSegments("chat/completions").build();
        this.apiKey = apiKey == null ? "" : apiKey.strip();
        // only OpenAI itself is known to need the new name; see OpenAiRequests.chat
        this.completionTokensField = base.host().equals(OPENAI_HOST);
    }

    @Override
    public String provider() {
        return "openai";
    }

    /** A local estimate of what the current mode sends: system, user and schema text. */
    @Override
    public int countInputTokens(LlmRequest request) {
        JsonMode current = mode.get();
        String schema = current == JsonMode.JSON_SCHEMA ? request.schema().toString() : "";
        return TokenEstimator.count(
                request.model(), OpenAiRequests.system(request, current), request.userMessage(), schema);
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        JsonMode current = mode.get();
        ApiAnswer answer = post(request, current);
        while (OpenAiErrors.rejectsMode(answer, current)) {
            current = current.weaker();
            mode.set(current);
            answer = post(request, current);
        }
        if (!answer.successful()) {
            throw OpenAiErrors.fromAnswer(answer, request, baseUrl, apiKey);
        }
        return OpenAiReplies.read(answer, request);
    }

    @Override
    public String structuredOutput() {
        return switch (mode.get()) {
            case JSON_SCHEMA -> "response_format json_schema, enforced by the server";
            case JSON_OBJECT ->
                "json_object: the server rejected json_schema, so the schema is in the prompt"
                        + " and only jsa's validation holds answers to it";
            case PROMPT_ONLY ->
                "prompt only: the server rejected response_format, so the schema is in the prompt"
                        + " and only jsa's validation holds answers to it";
        };
    }

    private ApiAnswer post(LlmRequest llmRequest, JsonMode jsonMode) {
        Request.Builder request = new Request.Builder().url(chatUrl);
        if (!apiKey.isEmpty()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        String body =
                OpenAiRequests.chat(llmRequest, jsonMode, completionTokensField).toString();
        try {
            return ApiAnswer.postJson(http, request, body);
        } catch (IOException e) {
            throw OpenAiErrors.transport(baseUrl, e);
        }
    }

    @Override
    public String toString() {
        return "OpenAiClient[" + baseUrl + "]";
    }
}
