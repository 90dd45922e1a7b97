package jsa.llm;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One structured call.
 *
 * @param task what the call is for: {@code parse-jd}, {@code bullets}, {@code skills},
 *     {@code interview-prep}, {@code check}
 * @param model the model id to ask (the offline engine ignores it)
 * @param prompt the versioned instructions: the stable prefix a provider may cache
 * @param context what this call shares with the others of its series, rendered from {@code
 *     inputs} by the prompt's context template: sent right after the instructions and cached with
 *     them; empty for a call that stands alone
 * @param user the variable part, rendered from {@code inputs} by the prompt's user template
 * @param inputs the values {@code user} was rendered from, by name (for the offline engine,
 *     which reads these rather than prose)
 * @param schemaName a name for the answer's schema ({@code [a-zA-Z0-9_-]}, at most 64 characters)
 * @param schema the JSON Schema the answer must follow: every object with
 *     {@code additionalProperties: false} and all its properties required (nullable ones typed
 *     {@code ["string", "null"]}), no numeric or length bounds, so that every provider's strict
 *     mode accepts it
 * @param maxOutputTokens the most tokens the answer may take
 */
public record LlmRequest(
        String task,
        String model,
        Prompt prompt,
        String context,
        String user,
        Map<String, String> inputs,
        String schemaName,
        JsonNode schema,
        int maxOutputTokens) {
    public LlmRequest {
        inputs = Map.copyOf(inputs);
    }

    /** The context and the variable part as one message, for providers that cache prefixes by themselves. */
    public String userMessage() {
        return context.isEmpty() ? user : context + "\n\n" + user;
    }
}
