package jsa.llm.openai;

import static jsa.llm.ProviderReplies.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.ExitStatus;
import jsa.http.ApiAnswer;
import jsa.llm.ErrorKind;
import jsa.llm.LlmException;
import jsa.llm.LlmReply;
import jsa.llm.LlmRequest;
import jsa.llm.TokenUsage;

/**
 * Reads a successful chat completion: refuses a cut or refused answer before looking for JSON,
 * parses {@code message.content} (a string; local models may wrap it in a Markdown code fence),
 * and maps usage into Anthropic's buckets. Unknown fields are ignored.
 */
final class OpenAiReplies {

    private static final Pattern FENCE = Pattern.compile("(?s)^```[a-zA-Z]*\\s*\\n(.*?)\\n?```$");
    private static final String RETRY_FIX = "retry; if it persists, try another model";

    private OpenAiReplies() {}

    static LlmReply read(ApiAnswer answer, LlmRequest request) {
        JsonNode completion = parse(answer.body(), "the server sent an answer that is not JSON");
        String model = completion.path("model").asText(request.model());
        TokenUsage usage = usage(completion.path("usage"));
        try {
            return new LlmReply(answerOf(completion, request), model, usage, answer.header("x-request-id"));
        } catch (LlmException e) {
            throw e.billed(model, usage);
        }
    }

    private static JsonNode answerOf(JsonNode completion, LlmRequest request) {
        JsonNode choice = completion.path("choices").path(0);
        String finish = choice.path("finish_reason").asText("");
        JsonNode message = choice.path("message");
        if ("length".equals(finish)) {
            throw new LlmException(
                    ErrorKind.TRUNCATED,
                    "the answer for task '" + request.task() + "' was cut at its limit of " + request.maxOutputTokens()
                            + " output tokens",
                    "shorten the input; answers are limited to " + request.maxOutputTokens() + " tokens",
                    ExitStatus.FAILURE);
        }
        if ("content_filter".equals(finish)
                || !message.path("refusal").asText("").isBlank()) {
            throw new LlmException(
                    ErrorKind.REFUSED,
                    "model '" + request.model() + "' declined to answer task '" + request.task() + "'",
                    "check the input for content the model will not process",
                    ExitStatus.FAILURE);
        }
        JsonNode json =
                parse(unfenced(message.path("content").asText("")), "the model answered with text that is not JSON");
        if (!json.isObject()) {
            throw new LlmException(
                    ErrorKind.INVALID_JSON, "the model answered without a JSON object", RETRY_FIX, ExitStatus.FAILURE);
        }
        return json;
    }

    /** {@code cached_tokens} is part of {@code prompt_tokens}; servers that do not cache omit it. */
    static TokenUsage usage(JsonNode usage) {
        int prompt = usage.path("prompt_tokens").asInt();
        int cached = usage.path("prompt_tokens_details").path("cached_tokens").asInt();
        return new TokenUsage(prompt - cached, usage.path("completion_tokens").asInt(), cached, 0, 0);
    }

    private static String unfenced(String content) {
        String text = content.strip();
        Matcher fenced = FENCE.matcher(text);
        return fenced.matches() ? fenced.group(1) : text;
    }
}
