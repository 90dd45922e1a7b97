package jsa.llm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fixed parts of one kind of call: what it is for, its prompt, and the answer's schema and
 * record type.
 *
 * @param name the task, e.g. {@code parse-jd}; it picks the model ({@code llm.model.<name>})
 * @param prompt the versioned instructions
 * @param schemaName a name for the schema ({@code [a-zA-Z0-9_-]}, at most 64 characters)
 * @param schema the answer's JSON Schema (see {@link LlmRequest#schema()})
 * @param type the record the answer is read into and validated as
 * @param maxOutputTokens the most tokens the answer may take
 */
public record StructuredTask<T>(
        String name, Prompt prompt, String schemaName, JsonNode schema, Class<T> type, int maxOutputTokens) {}
