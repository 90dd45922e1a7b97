package jsa.llm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A complete answer.
 *
 * @param json the answer, parsed but not yet validated against its record type
 * @param model the model that answered, as the provider names it (a resolved snapshot id when it
 *     gives one; {@code offline} engines give their rule-set version)
 * @param usage the tokens billed
 * @param requestId the provider's id of the request for support ({@code request-id},
 *     {@code x-request-id}), or null
 */
public record LlmReply(JsonNode json, String model, TokenUsage usage, String requestId) {}
