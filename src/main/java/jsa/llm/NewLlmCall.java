package jsa.llm;

/** The fields of an {@link LlmCall} a caller records; the database assigns id and {@code createdAt}. */
public record NewLlmCall(
        String task,
        String provider,
        String model,
        String promptName,
        int promptVersion,
        String promptHash,
        Integer estimatedInputTokens,
        int inputTokens,
        int outputTokens,
        int cacheReadTokens,
        int cacheWriteTokens,
        double costUsd,
        long latencyMs,
        boolean ok,
        String errorKind,
        Long jobId) {}
