package jsa.llm;

import java.time.Instant;

/**
 * One model call in the ledger: what it was for, the prompt version, token counts, cost in US
 * dollars, latency in milliseconds, and the error kind when it failed ({@code null} when {@code ok}).
 */
public record LlmCall(
        long id,
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
        Long jobId,
        Instant createdAt) {}
