package jsa.llm.anthropic;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.node.ObjectNode;

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
 * A model behind the Anthropic Messages API. Asks for JSON with {@code output_config.format};
 * when the server rejects that (older models, some proxies) it switches, for the rest of its life,
 * to one strict tool whose input is the answer. The system prompt is marked for prompt caching.
 */
public final class AnthropicClient implements LlmClient {
    static final String API_VERSION = "2023-06-01";

    /** The SDK's cap on a server-named wait; a longer one is reported rather than waited out. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private static final String BASE_URL_HINT = "check llm.anthropic.base-url / ANTHROPIC_BASE_URL";

    private final OkHttpClient http;
    private final String baseUrl;
    private final HttpUrl messagesUrl;
    private final HttpUrl countUrl;
    private final String apiKey;
    private final AtomicReference<OutputMode> mode = new AtomicReference<>(OutputMode.NATIVE_FORMAT);

    /**
     * @param shared the application's client; this one derives its own with generation timeouts
     *     and the API retry rules
     * @param baseUrl {@code https://api.anthropic.com} or a compatible server, without {@code /v1}
     * @param apiKey sent as {@code x-api-key}; never shown in messages
     * @param retries attempts and backoff, normally {@link ApiRetryInterceptor#SDK_DEFAULT}
     */
    public AnthropicClient(OkHttpClient shared, String baseUrl, String apiKey, RetryPolicy retries) {
        HttpUrl base = HttpUrl.parse(baseUrl);
        if (base == null) {
            throw JsaException.usage("the Anthropic base URL '" + baseUrl + "' is not an http(s) URL", BASE_URL_HINT);
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw JsaException.usage("no Anthropic API key is set", "set ANTHROPIC_API_KEY");
        }
        this.http = HttpClients.forApi(
                shared, new ApiRetryInterceptor(retries, MAX_RETRY_AFTER, AnthropicErrors::isSpendLimit));
        this.baseUrl = baseUrl;
        this.messagesUrl = base.newBuilder().addPathSegments("v1/messages").build();
        this.countUrl =
                base.newBuilder().addPathSegments("v1/messages/count_tokens").build();
        this.apiKey = apiKey;
    }

    @Override
    public String provider() {
        return "anthropic";
    }

    @Override
    public int countInputTokens(LlmRequest request) {
        OutputMode current = mode.get();
        ApiAnswer answer = post(countUrl, AnthropicRequests.count(request, current));
        // the count is the first call a server without structured outputs sees
        if (current == OutputMode.NATIVE_FORMAT && AnthropicErrors.rejectsOutputFormat(answer)) {
            mode.set(OutputMode.STRICT_TOOL);
            answer = post(countUrl, AnthropicRequests.count(request, OutputMode.STRICT_TOOL));
        }
        if (!answer.successful()) {
            throw AnthropicErrors.fromAnswer(answer, request, apiKey);
        }
        return AnthropicReplies.inputTokens(answer);
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        OutputMode current = mode.get();
        ApiAnswer answer = post(messagesUrl, AnthropicRequests.message(request, current));
        if (current == OutputMode.NATIVE_FORMAT && AnthropicErrors.rejectsOutputFormat(answer)) {
            current = OutputMode.STRICT_TOOL;
            mode.set(current);
            answer = post(messagesUrl, AnthropicRequests.message(request, current));
        }
        if (!answer.successful()) {
            throw AnthropicErrors.fromAnswer(answer, request, apiKey);
        }
        return AnthropicReplies.read(answer, request, current);
    }

    private ApiAnswer post(HttpUrl url, ObjectNode body) {
        Request.Builder request =
                new Request.Builder().url(url).header("x-api-key", apiKey).header("anthropic-version", API_VERSION);
        try {
            return ApiAnswer.postJson(http, request, body.toString());
        } catch (IOException e) {
            throw AnthropicErrors.transport(baseUrl, e);
        }
    }

    @Override
    public String toString() {
        return "AnthropicClient[" + baseUrl + "]";
    }

    @Override
    public String structuredOutput() {
        return mode.get() == OutputMode.NATIVE_FORMAT
                ? "output_config json_schema, enforced by the server"
                : "a strict tool: the server rejected output_config";
    }
}
