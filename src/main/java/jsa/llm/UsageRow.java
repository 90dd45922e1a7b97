package jsa.llm;

/**
 * The LLM calls of one group of a {@link UsageReport}, or of all of them.
 *
 * @param group the task, {@code provider/model} or UTC day ({@code yyyy-mm-dd}); {@code total}
 *     for the report's total
 * @param failures calls that did not succeed, whatever the reason
 * @param validationFailures failures whose answer broke the record's constraints
 * @param costUsd the cost in US dollars
 * @param latencyP50Ms the median latency of the calls, failed ones included (nearest rank)
 * @param latencyP95Ms the 95th percentile latency (nearest rank)
 */
public record UsageRow(
        String group,
        long calls,
        long failures,
        long validationFailures,
        long inputTokens,
        long outputTokens,
        long cacheReadTokens,
        long cacheWriteTokens,
        double costUsd,
        long latencyP50Ms,
        long latencyP95Ms) {}
