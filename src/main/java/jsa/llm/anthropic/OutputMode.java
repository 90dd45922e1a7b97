package jsa.llm.anthropic;

/** How a message asks for JSON. */
enum OutputMode {
    /** {@code output_config.format} with the schema; the answer is the text block. */
    NATIVE_FORMAT,
    /**
     * One strict tool whose input schema is the schema, for servers without structured outputs
     * (older models, some proxies); the answer is the {@code tool_use} block's input.
     */
    STRICT_TOOL
}
