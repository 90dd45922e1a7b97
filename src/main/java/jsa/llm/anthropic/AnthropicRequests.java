package jsa.llm.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.llm.LlmRequest;

/**
 * Request bodies for {@code /v1/messages} and {@code /v1/messages/count_tokens}. The system prompt
 * is one text block marked for caching (the stable prefix of every call of a task), and so is the
 * request's context when it has one (the prefix the calls of one series share); the body has
 * no {@code temperature} (newer models reject non-default values) and never ends with an
 * assistant turn (prefill is rejected by newer models and by structured outputs).
 */
final class AnthropicRequests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnthropicRequests() {}

    /** The body of a message for {@code request}, asking for JSON as {@code mode} says. */
    static ObjectNode message(LlmRequest request, OutputMode mode) {
        ObjectNode body = count(request, mode);
        body.put("max_tokens", request.maxOutputTokens());
        return body;
    }

    /** The body of a token count: the message's body without {@code max_tokens}. */
    static ObjectNode count(LlmRequest request, OutputMode mode) {
        ObjectNode body = NODES.objectNode().put("model", request.model());
        ObjectNode system = body.putArray("system").addObject().put("type", "text");
        system.put(
                "text",
                mode == OutputMode.STRICT_TOOL
                        ? withToolInstruction(request)
                        : request.prompt().system());
        system.putObject("cache_control").put("type", "ephemeral");
        ObjectNode message = body.putArray("messages").addObject().put("role", "user");
        if (request.context().isEmpty()) {
            message.put("content", request.user());
        } else {
            // a second breakpoint after the shared context: the calls of a series read it from the cache
            ArrayNode content = message.putArray("content");
            content.addObject()
                    .put("type", "text")
                    .put("text", request.context())
                    .putObject("cache_control")
                    .put("type", "ephemeral");
            content.addObject().put("type", "text").put("text", request.user());
        }
        if (mode == OutputMode.NATIVE_FORMAT) {
            ObjectNode format = body.putObject("output_config").putObject("format");
            format.put("type", "json_schema").set("schema", request.schema());
        } else {
            ObjectNode tool = body.putArray("tools").addObject().put("name", request.schemaName());
            tool.put("description", "Records the complete answer.");
            tool.set("input_schema", request.schema());
            tool.put("strict", true);
            // forcing the tool ("any"/"tool") is rejected by the newest models; strict + auto is the documented way
            body.putObject("tool_choice").put("type", "auto");
        }
        return body;
    }

    private static String withToolInstruction(LlmRequest request) {
        return request.prompt().system()
                + "\n\nGive your answer by calling the tool `" + request.schemaName()
                + "` exactly once with the complete answer as its input. Do not answer in text.";
    }
}
