package jsa.llm.anthropic;

import static jsa.llm.ProviderReplies.parse;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.ExitStatus;
import jsa.http.ApiAnswer;
import jsa.llm.ErrorKind;
import jsa.llm.LlmException;
import jsa.llm.LlmReply;
import jsa.llm.LlmRequest;
import jsa.llm.TokenUsage;

/**
 * Reads a successful {@code /v1/messages} answer: refuses a cut or refused one before looking for
 * JSON, picks the answer block by type (thinking blocks may come first), and reads every usage
 * counter. Unknown fields and block types are ignored: new ones appear without notice.
 */
final class AnthropicReplies {

    private AnthropicReplies() {}

    static LlmReply read(ApiAnswer answer, LlmRequest request, OutputMode mode) {
        JsonNode message = parse(answer.body(), "Anthropic sent an answer that is not JSON");
        String model = message.path("model").asText(request.model());
        TokenUsage usage = usage(message.path("usage"));
        try {
            checkStop(message, request);
            JsonNode json = mode == OutputMode.NATIVE_FORMAT ? textAnswer(message) : toolAnswer(message, request);
            return new LlmReply(json, model, usage, answer.header("request-id"));
        } catch (LlmException e) {
            throw e.billed(model, usage);
        }
    }

    /** {@code input_tokens} of a count answer. */
    static int inputTokens(ApiAnswer answer) {
        JsonNode count = parse(answer.body(), "Anthropic sent a token count that is not JSON")
                .path("input_tokens");
        if (!count.canConvertToInt()) {
            throw invalid("Anthropic sent a token count without input_tokens");
        }
        return count.intValue();
    }

    static TokenUsage usage(JsonNode usage) {
        JsonNode creation = usage.path("cache_creation");
        // older answers give only the total written, which was then always the 5-minute cache
        int write5m = creation.isObject()
                ? creation.path("ephemeral_5m_input_tokens").asInt()
                : usage.path("cache_creation_input_tokens").asInt();
        return new TokenUsage(
                usage.path("input_tokens").asInt(),
                usage.path("output_tokens").asInt(),
                usage.path("cache_read_input_tokens").asInt(),
                write5m,
                creation.path("ephemeral_1h_input_tokens").asInt());
    }

    private static void checkStop(JsonNode message, LlmRequest request) {
        String stop = message.path("stop_reason").asText("");
        switch (stop) {
            case "max_tokens" ->
                throw new LlmException(
                        ErrorKind.TRUNCATED,
                        "the answer for task '" + request.task() + "' was cut at its limit of "
                                + request.maxOutputTokens() + " output tokens",
                        "shorten the input; answers are limited to " + request.maxOutputTokens() + " tokens",
                        ExitStatus.FAILURE);
            case "model_context_window_exceeded" ->
                throw new LlmException(
                        ErrorKind.TRUNCATED,
                        "the answer for task '" + request.task() + "' was cut: the input filled model '"
                                + request.model() + "''s context window",
                        "shorten the input or pick a model with a larger context window",
                        ExitStatus.FAILURE);
            case "refusal" ->
                throw new LlmException(
                        ErrorKind.REFUSED,
                        "model '" + request.model() + "' declined to answer task '" + request.task() + "'",
                        "check the input for content the model will not process",
                        ExitStatus.FAILURE);
            default -> {
                // end_turn, tool_use, stop_sequence and any newer reason: the answer is whole
            }
        }
    }

    private static JsonNode textAnswer(JsonNode message) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : message.path("content")) {
            if ("text".equals(block.path("type").asText())) {
                text.append(block.path("text").asText());
            }
        }
        if (text.isEmpty()) {
            throw invalid("Anthropic's answer has no text block");
        }
        JsonNode json = parse(text.toString(), "the model answered with text that is not JSON");
        if (!json.isObject()) {
            throw invalid("the model answered with JSON that is not an object");
        }
        return json;
    }

    private static JsonNode toolAnswer(JsonNode message, LlmRequest request) {
        for (JsonNode block : message.path("content")) {
            if ("tool_use".equals(block.path("type").asText())
                    && block.path("input").isObject()) {
                return block.path("input");
            }
        }
        throw invalid("the model answered without calling the tool '" + request.schemaName() + "'");
    }

    private static LlmException invalid(String problem) {
        return new LlmException(
                ErrorKind.INVALID_JSON, problem, "retry; if it persists, try another model", ExitStatus.FAILURE);
    }
}
