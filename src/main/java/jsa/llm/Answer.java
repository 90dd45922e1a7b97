package jsa.llm;

/**
 * A validated answer and the ledger row of the call that gave it.
 *
 * @param value the answer, read into its record and validated
 * @param callId the {@code llm_call} row, to link to what the answer produced
 * @param provider {@code anthropic}, {@code openai} or {@code offline}
 * @param model the model that answered
 * @param usage the tokens the call took, as billed
 * @param costUsd what the call cost, 0 when the model has no price
 */
public record Answer<T>(T value, long callId, String provider, String model, TokenUsage usage, double costUsd) {}
