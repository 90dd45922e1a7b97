package jsa.llm.anthropic;

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
 * Turns Anthropic's error answers and network failures into one-line {@link LlmException}s that
 * name the cause and the fix. Messages are built from the status and the server's error type and
 * text, never from the request headers, so the API key cannot leak into them.
 */
final class AnthropicErrors {
    private static final String BASE_URL_FIX = "check llm.anthropic.base-url / ANTHROPIC_BASE_URL";

    private AnthropicErrors() {}

    /** A tier's monthly spend cap: a 429 that no retry this month will get past. */
    static boolean isSpendLimit(String body) {
        return "enforced_spend_limit_reached"
                .equals(errorOf(body).path("details").path("error_code").asText());
    }

    /** A 400 saying the server does not take {@code output_config.format}: use a strict tool instead. */
    static boolean rejectsOutputFormat(ApiAnswer answer) {
        if (answer.status() != 400) {
            return false;
        }
        String message = errorOf(answer.body()).path("message").asText().toLowerCase(Locale.ROOT);
        boolean aboutFormat = message.contains("output_config")
                || message.contains("output_format")
                || message.contains("output format")
                || message.contains("json_schema")
                || message.contains("structured output");
        boolean unsupported = message.contains("support")
                || message.contains("extra inputs")
                || message.contains("not permitted")
                || message.contains("unexpected")
                || message.contains("unknown");
        return aboutFormat && unsupported;
    }

    static LlmException fromAnswer(ApiAnswer answer, LlmRequest request, String apiKey) {
        int status = answer.status();
        JsonNode error = errorOf(answer.body());
        String type = error.path("type").asText("error");
        String detail = status + " " + type + serverMessage(error, apiKey);
        String modelFix = "set llm.model." + request.task() + " to a model id from the Anthropic docs";
        return switch (status) {
            case 401 -> failure("Anthropic rejected the API key (401 " + type + ")", "check ANTHROPIC_API_KEY");
            case 402 ->
                failure(
                        "Anthropic refused to bill the request (" + detail + ")",
                        "check billing in the Anthropic Console");
            case 403 ->
                failure(
                        "Anthropic denied the request (" + detail + ")",
                        "check the key's permissions for model '" + request.model() + "'");
            case 404 ->
                "not_found_error".equals(type) && error.path("message").asText().startsWith("model")
                        ? failure("model '" + request.model() + "' not found (" + detail + ")", modelFix)
                        : failure("Anthropic answered 404 (" + detail + ")", BASE_URL_FIX);
            case 413 -> failure("the request is larger than Anthropic accepts (" + detail + ")", "shorten the input");
            case 429 ->
                isSpendLimit(answer.body())
                        ? failure(
                                "the organisation's monthly spend limit is reached (" + detail + ")",
                                "raise the limit in the Anthropic Console or wait for next month")
                        : new LlmException(
                                ErrorKind.RATE_LIMITED,
                                "Anthropic's rate limit held" + afterRetries(answer) + " (" + detail + ")",
                                "wait a minute and retry, or send fewer requests",
                                ExitStatus.UNAVAILABLE);
            case 408, 409 ->
                new LlmException(
                        ErrorKind.HTTP_4XX,
                        "Anthropic could not take the request" + afterRetries(answer) + " (" + detail + ")",
                        "retry later",
                        ExitStatus.UNAVAILABLE);
            default ->
                status >= 500
                        ? new LlmException(
                                ErrorKind.HTTP_5XX,
                                "Anthropic failed" + afterRetries(answer) + " (" + detail + ")",
                                "retry later",
                                ExitStatus.UNAVAILABLE)
                        : failure(
                                "Anthropic rejected the request (" + detail + ")",
                                "check that model '" + request.model() + "' (llm.model." + request.task()
                                        + ") supports it");
        };
    }

    static LlmException transport(String baseUrl, IOException e) {
        return ProviderReplies.transport("Anthropic at " + baseUrl, BASE_URL_FIX + " and the network", e);
    }

    private static JsonNode errorOf(String body) {
        try {
            return ProviderReplies.MAPPER.readTree(body).path("error");
        } catch (IOException notJson) {
            // a proxy's HTML page or an empty body: the status alone has to do
            return ProviderReplies.MAPPER.missingNode();
        }
    }
}
