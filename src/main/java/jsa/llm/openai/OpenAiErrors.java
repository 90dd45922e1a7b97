package jsa.llm.openai;

import static jsa.llm.ProviderReplies.afterRetries;
import static jsa.llm.ProviderReplies.failure;
import static jsa.llm.ProviderReplies.serverMessage;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.ExitStatus;
import jsa.http.ApiAnswer;
import jsa.llm.ErrorKind;
import jsa.llm.LlmException;
import jsa.llm.LlmRequest;
import jsa.llm.ProviderReplies;

/**
 * Turns an OpenAI-compatible server's error answers and network failures into one-line
 * {@link LlmException}s naming the cause and the fix. A 401's server text is never shown: OpenAI
 * echoes part of the key in it.
 */
final class OpenAiErrors {
    private static final String BASE_URL_SETTING = "llm.openai.base-url / OPENAI_BASE_URL";

    private OpenAiErrors() {}

    /** Credits exhausted or a hard spend limit: a 429 no retry gets past. */
    static boolean isQuota(String body) {
        JsonNode error = errorOf(body);
        for (String field : new String[] {"code", "type"}) {
            String value = error.path(field).asText("");
            if (value.equals("insufficient_quota") || value.endsWith("spend_limit_exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** A 400 (422 on some Python servers) that names the response format {@code mode} used. */
    static boolean rejectsMode(ApiAnswer answer, JsonMode mode) {
        if (mode == JsonMode.PROMPT_ONLY || (answer.status() != 400 && answer.status() != 422)) {
            return false;
        }
        // the whole body: local servers word and shape their errors differently
        String body = answer.body().toLowerCase(Locale.ROOT);
        return body.contains("response_format")
                || body.contains("json_schema")
                || (mode == JsonMode.JSON_OBJECT && body.contains("json_object"));
    }

    static LlmException fromAnswer(ApiAnswer answer, LlmRequest request, String baseUrl, String apiKey) {
        int status = answer.status();
        JsonNode error = errorOf(answer.body());
        String detail = status + serverMessage(error, apiKey);
        return switch (status) {
            case 401 ->
                apiKey.isEmpty()
                        ? failure("the server at " + baseUrl + " requires an API key (401)", "set OPENAI_API_KEY")
                        : failure("the server rejected the API key (401)", "check OPENAI_API_KEY");
            case 403 ->
                failure(
                        "the server denied the request (" + detail + ")",
                        "check the key's access to model '" + request.model() + "'");
            case 404 ->
                isModelNotFound(error)
                        ? failure(
                                "model '" + request.model() + "' not found at " + baseUrl + " (" + detail + ")",
                                "set llm.model." + request.task()
                                        + " to a model the server offers (Ollama: ollama pull <model>)")
                        : failure(
                                "no chat completions endpoint at " + baseUrl + " (" + detail + ")",
                                "check " + BASE_URL_SETTING + "; it usually ends in /v1");
            case 429 ->
                isQuota(answer.body())
                        ? failure(
                                "the account's quota or spend limit is reached (" + detail + ")",
                                "add credits or raise the limit in the provider's dashboard")
                        : new LlmException(
                                ErrorKind.RATE_LIMITED,
                                "the server's rate limit held" + afterRetries(answer) + " (" + detail + ")",
                                "wait a minute and retry, or send fewer requests",
                                ExitStatus.UNAVAILABLE);
            case 408, 409 ->
                new LlmException(
                        ErrorKind.HTTP_4XX,
                        "the server could not take the request" + afterRetries(answer) + " (" + detail + ")",
                        "retry later",
                        ExitStatus.UNAVAILABLE);
            default ->
                status >= 500
                        ? new LlmException(
                                ErrorKind.HTTP_5XX,
                                "the server at " + baseUrl + " failed" + afterRetries(answer) + " (" + detail + ")",
                                "retry later",
                                ExitStatus.UNAVAILABLE)
                        : failure(
                                "the server rejected the request (" + detail + ")",
                                "check that model '" + request.model() + "' (llm.model." + request.task()
                                        + ") supports it");
        };
    }

    private static boolean isModelNotFound(JsonNode error) {
        return "model_not_found".equals(error.path("code").asText())
                || error.path("message").asText().toLowerCase(Locale.ROOT).contains("model");
    }

    /**
     * The {@code error} object; Ollama's native endpoints send {@code {"error": "text"}}, read as
     * an object with that message.
     */
    static LlmException transport(String baseUrl, IOException e) {
        return ProviderReplies.transport(
                "the server at " + baseUrl, "is the server running? check " + BASE_URL_SETTING, e);
    }

    private static JsonNode errorOf(String body) {
        try {
            JsonNode error = ProviderReplies.MAPPER.readTree(body).path("error");
            return error.isTextual() ? ProviderReplies.MAPPER.createObjectNode().put("message", error.asText()) : error;
        } catch (IOException notJson) {
            // a proxy's HTML page or an empty body: the status alone has to do
            return ProviderReplies.MAPPER.missingNode();
        }
    }
}
