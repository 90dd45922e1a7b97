package jsa.llm;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Calls, failures, tokens, cost and latency percentiles of the {@code llm_call} ledger, by task,
 * model or day: how much the LLM features cost and how fast they answer. Offline rule-engine runs
 * are in the ledger too but are no LLM calls, so the report leaves them out.
 */
public final class LlmUsageService {
    private static final String TOTAL = "total";
    private static final String OFFLINE = "offline";

    private static final RowMapper<UsageTally.Call> CALL = (rs, ctx) -> {
        String errorKind = rs.getString("error_kind");
        long latencyMs = rs.getLong("latency_ms");
        return new UsageTally.Call(
                rs.getString("grp"),
                rs.getBoolean("ok"),
                ErrorKind.VALIDATION.id().equals(errorKind),
                rs.getLong("input_tokens"),
                rs.getLong("output_tokens"),
                rs.getLong("cache_read_tokens"),
                rs.getLong("cache_write_tokens"),
                rs.getDouble("cost_usd"),
                latencyMs,
                reachedServer(errorKind, latencyMs));
    };

    private final Jdbi jdbi;

    public LlmUsageService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The LLM calls {@code query} selects, offline runs left out, grouped and totalled; percentiles
     * are computed here as SQLite has none.
     */
    public UsageReport report(UsageQuery query) {
        Map<String, UsageTally> groups = new LinkedHashMap<>();
        UsageTally total = new UsageTally(TOTAL);
        String calls = """
                SELECT %s AS grp, ok, error_kind, input_tokens, output_tokens, cache_read_tokens,
                       cache_write_tokens, cost_usd, latency_ms
                FROM llm_call
                WHERE provider <> :offline AND (:since IS NULL OR created_at >= :since)
                """.formatted(groupColumn(query.by()));
        jdbi.useHandle(handle -> handle.createQuery(calls)
                .bind("offline", OFFLINE)
                .bind("since", since(query.since()))
                .map(CALL)
                .forEach(call -> {
                    groups.computeIfAbsent(call.group(), UsageTally::new).add(call);
                    total.add(call);
                }));
        List<UsageRow> rows = groups.values().stream()
                .map(UsageTally::row)
                .sorted(order(query.by()))
                .toList();
        return new UsageReport(rows, total.row());
    }

    /** How many offline rule-engine runs the ledger has from UTC day {@code since} on (all when null). */
    public long offlineRuns(LocalDate since) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT count(*) FROM llm_call
                        WHERE provider = :offline AND (:since IS NULL OR created_at >= :since)
                        """)
                .bind("offline", OFFLINE)
                .bind("since", since(since))
                .mapTo(Long.class)
                .one());
    }

    // created_at is ISO-8601 UTC text, so a day compares as its prefix
    private static String since(LocalDate day) {
        return day == null ? null : day.toString();
    }

    // A budget refusal was never sent; an unsupported task with 0 ms was refused before sending.
    private static boolean reachedServer(String errorKind, long latencyMs) {
        return !ErrorKind.BUDGET.id().equals(errorKind)
                && !(latencyMs == 0 && ErrorKind.UNSUPPORTED.id().equals(errorKind));
    }

    private static String groupColumn(UsageQuery.Grouping by) {
        return switch (by) {
            case TASK -> "task";
            case MODEL -> "provider || '/' || model";
            // the schema's CHECK keeps created_at as strftime's yyyy-mm-ddThh:mm:ss.sssZ
            case DAY -> "substr(created_at, 1, 10)";
        };
    }

    private static Comparator<UsageRow> order(UsageQuery.Grouping by) {
        Comparator<UsageRow> byName = Comparator.comparing(UsageRow::group);
        return by == UsageQuery.Grouping.DAY
                ? byName
                : Comparator.comparing(UsageRow::costUsd).reversed().thenComparing(byName);
    }
}
