package jsa.llm.openai;

/**
 * How a chat completion asks for JSON, strongest first. Servers without schema support reject a
 * mode with a 400 naming {@code response_format}; the client then steps down to the next.
 */
enum JsonMode {
    /** {@code response_format: json_schema}, strict: the server constrains the output to the schema. */
    JSON_SCHEMA,
    /** {@code response_format: json_object}: any JSON; the schema is in the system prompt. */
    JSON_OBJECT,
    /** No {@code response_format}; the schema and the JSON-only instruction are in the system prompt. */
    PROMPT_ONLY;

    /** The next weaker mode, or null after the last. */
    JsonMode weaker() {
        return this == PROMPT_ONLY ? null : values()[ordinal() + 1];
    }
}
