package jsa.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The running sums of one group of LLM calls, and the latencies of those sent for the percentiles. */
final class UsageTally {
    /**
     * What a usage report needs of one ledger row.
     *
     * @param reachedServer whether the request was sent, so that its latency is a server's
     */
    record Call(
            String group,
            boolean ok,
            boolean validationFailure,
            long inputTokens,
            long outputTokens,
            long cacheReadTokens,
            long cacheWriteTokens,
            double costUsd,
            long latencyMs,
            boolean reachedServer) {}

    private final String group;
    private final List<Long> latencies = new ArrayList<>();
    private long calls;
    private long failures;
    private long validationFailures;
    private long inputTokens;
    private long outputTokens;
    private long cacheReadTokens;
    private long cacheWriteTokens;
    // decimal: summed doubles drift (0.05 + 0.10 + 0.15 is not 0.3) and ties would sort by noise
    private BigDecimal costUsd = BigDecimal.ZERO;

    UsageTally(String group) {
        this.group = group;
    }

    void add(Call call) {
        if (call.reachedServer()) {
            // a budget refusal's 0 ms would drag the percentiles towards "instant"
            latencies.add(call.latencyMs());
        }
        calls++;
        failures += call.ok() ? 0 : 1;
        validationFailures += call.validationFailure() ? 1 : 0;
        inputTokens += call.inputTokens();
        outputTokens += call.outputTokens();
        cacheReadTokens += call.cacheReadTokens();
        cacheWriteTokens += call.cacheWriteTokens();
        costUsd = costUsd.add(BigDecimal.valueOf(call.costUsd()));
    }

    UsageRow row() {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new UsageRow(
                group,
                calls,
                failures,
                validationFailures,
                inputTokens,
                outputTokens,
                cacheReadTokens,
                cacheWriteTokens,
                costUsd.stripTrailingZeros(),
                nearestRank(sorted, 50),
                nearestRank(sorted, 95));
    }

    /** The smallest value with at least {@code percent}% of {@code sorted} at or below it; 0 when empty. */
    private static long nearestRank(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (percent * sorted.length + 99) / 100; // ceil(percent / 100 * n), in integers
        return sorted[Math.max(rank, 1) - 1];
    }
}
