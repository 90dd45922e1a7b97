package jsa.llm.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.llm.LlmRequest;

/**
 * Request bodies for {@code /chat/completions}: the system prompt first (OpenAI caches exact
 * prefixes automatically), then the user message. No {@code temperature}: the server's default
 * serves every task, and some models accept no other value.
 */
final class OpenAiRequests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenAiRequests() {}

    /**
     * The body for {@code request} in {@code mode}.
     *
     * @param completionTokensField whether the server takes {@code max_completion_tokens}; OpenAI
     *     deprecated {@code max_tokens} (o-series models reject it), while Ollama ignores the new
     *     name silently and llama.cpp and older vLLM read only the old one
     */
    static ObjectNode chat(LlmRequest request, JsonMode mode, boolean completionTokensField) {
        ObjectNode body = NODES.objectNode().put("model", request.model());
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system(request, mode));
        messages.addObject().put("role", "user").put("content", request.userMessage());
        body.put(completionTokensField ? "max_completion_tokens" : "max_tokens", request.maxOutputTokens());
        switch (mode) {
            case JSON_SCHEMA -> {
                ObjectNode schema = body.putObject("response_format")
                        .put("type", "json_schema")
                        .putObject("json_schema");
                schema.put("name", request.schemaName()).put("strict", true).set("schema", request.schema());
            }
            case JSON_OBJECT -> body.putObject("response_format").put("type", "json_object");
            case PROMPT_ONLY -> {
                // the instruction in the system prompt is all the server gets
            }
        }
        return body;
    }

    /**
     * The system prompt as sent: the task's instructions, and where the server does not enforce
     * the schema, the schema itself (JSON mode also needs the word JSON in a message).
     */
    static String system(LlmRequest request, JsonMode mode) {
        if (mode == JsonMode.JSON_SCHEMA) {
            return request.prompt().system();
        }
        return request.prompt().system()
                + "\n\nAnswer with one JSON object and nothing else. It must follow this JSON Schema:\n"
                + request.schema().toString();
    }
}
