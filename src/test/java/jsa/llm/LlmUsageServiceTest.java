package jsa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.db.Database;
import jsa.llm.UsageQuery.Grouping;

class LlmUsageServiceTest {
    @TempDir
    Path dir;

    private Database database;
    private LlmUsageService usage;

    /**
     * parse-jd: 20 Sonnet calls of 100..2000 ms, 0.01 USD each, the first ten on 11-22 and the rest
     * on 11-24, three failed. bullets: three GPT-5 calls around midnight 11-23/24 UTC, 0.3 USD in
     * all, one failed. skills: one Haiku call of 0.3 USD on 11-23, tying bullets on cost.
     */
    @BeforeEach
    void ledger() {
        database = Database.open(dir.resolve("jsa.db"));
        usage = new LlmUsageService(database.jdbi());
        // out of latency order, so that the percentiles must sort
        for (int i = 20; i >= 1; i--) {
            String error = i == 3 || i == 7 ? "validation" : i == 12 ? "http_5xx" : null;
            String day = i <= 10 ? "2026-11-22" : "2026-11-24";
            record(
                    day + "T10:00:00.000Z",
                    "parse-jd",
                    "anthropic",
                    "claude-sonnet-4-5",
                    error,
                    100L * i,
                    0.01,
                    1_000,
                    200,
                    10 * i,
                    i == 1 ? 5_000 : 0);
        }
        record("2026-11-24T00:00:00.000Z", "bullets", "openai", "gpt-5", null, 100, 0.10, 400, 60, 0, 0);
        record("2026-11-23T23:59:59.999Z", "bullets", "openai", "gpt-5", "http_5xx", 300, 0.05, 300, 50, 0, 0);
        record("2026-11-24T08:00:00.000Z", "bullets", "openai", "gpt-5", null, 200, 0.15, 500, 70, 0, 0);
        record("2026-11-23T12:00:00.000Z", "skills", "anthropic", "claude-haiku-4-5", null, 50, 0.3, 10, 5, 0, 0);
    }

    @Test
    void byTaskSumsEachTaskWithNearestRankPercentilesMostExpensiveFirst() {
        UsageReport report = usage.report(new UsageQuery(null, Grouping.TASK));

        assertThat(report.groups())
                .containsExactly(
                        new UsageRow("bullets", 3, 1, 0, 1_200, 180, 0, 0, new BigDecimal("0.3"), 200, 300),
                        new UsageRow("skills", 1, 0, 0, 10, 5, 0, 0, new BigDecimal("0.3"), 50, 50),
                        new UsageRow(
                                "parse-jd",
                                20,
                                3,
                                2,
                                20_000,
                                4_000,
                                2_100,
                                5_000,
                                new BigDecimal("0.2"),
                                1_000,
                                1_900));
        // 24 latencies: the 12th is 800 ms, the 23rd 1,900 ms
        assertThat(report.total())
                .isEqualTo(new UsageRow(
                        "total", 24, 4, 2, 21_210, 4_185, 2_100, 5_000, new BigDecimal("0.8"), 800, 1_900));
    }

    @Test
    void byModelNamesProviderAndModelAndBreaksCostTiesByName() {
        UsageReport report = usage.report(new UsageQuery(null, Grouping.MODEL));

        assertThat(report.groups())
                .extracting(UsageRow::group, UsageRow::calls, UsageRow::costUsd)
                .containsExactly(
                        tuple("anthropic/claude-haiku-4-5", 1L, new BigDecimal("0.3")),
                        tuple("openai/gpt-5", 3L, new BigDecimal("0.3")),
                        tuple("anthropic/claude-sonnet-4-5", 20L, new BigDecimal("0.2")));
    }

    @Test
    void byDayUsesTheUtcDateOldestFirst() {
        UsageReport report = usage.report(new UsageQuery(null, Grouping.DAY));

        assertThat(report.groups())
                .extracting(UsageRow::group, UsageRow::calls, UsageRow::costUsd, UsageRow::latencyP95Ms)
                .containsExactly(
                        tuple("2026-11-22", 10L, new BigDecimal("0.1"), 1_000L),
                        tuple("2026-11-23", 2L, new BigDecimal("0.35"), 300L),
                        tuple("2026-11-24", 12L, new BigDecimal("0.35"), 2_000L));
    }

    @Test
    void sinceCountsFromTheStartOfThatUtcDay() {
        UsageReport report = usage.report(new UsageQuery(LocalDate.parse("2026-11-24"), Grouping.TASK));

        assertThat(report.groups())
                .containsExactly(
                        new UsageRow("bullets", 2, 0, 0, 900, 130, 0, 0, new BigDecimal("0.25"), 100, 200),
                        new UsageRow(
                                "parse-jd", 10, 1, 0, 10_000, 2_000, 1_550, 0, new BigDecimal("0.1"), 1_500, 2_000));
        assertThat(report.total().calls()).isEqualTo(12);
    }

    @Test
    void anEmptySelectionHasNoGroupsAndAZeroTotal() {
        UsageReport report = usage.report(new UsageQuery(LocalDate.parse("2026-11-25"), Grouping.DAY));

        assertThat(report.groups()).isEmpty();
        assertThat(report.total()).isEqualTo(new UsageRow("total", 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0));
    }

    @Test
    void offlineRunsAreLeftOutOfTheReportAndCountedApart() {
        UsageReport before = usage.report(new UsageQuery(null, Grouping.TASK));
        record("2026-11-22T09:00:00.000Z", "parse-jd", "offline", "rules", null, 3, 0, 0, 0, 0, 0);
        record("2026-11-24T09:00:00.000Z", "parse-jd", "offline", "rules", null, 5, 0, 0, 0, 0, 0);
        record("2026-11-24T09:30:00.000Z", "cover", "offline", "rules", "unsupported", 0, 0, 0, 0, 0, 0);

        assertThat(usage.report(new UsageQuery(null, Grouping.TASK))).isEqualTo(before);
        assertThat(usage.report(new UsageQuery(null, Grouping.MODEL)).groups())
                .extracting(UsageRow::group)
                .doesNotContain("offline/rules");
        assertThat(usage.offlineRuns(null)).isEqualTo(3);
        assertThat(usage.offlineRuns(LocalDate.parse("2026-11-24"))).isEqualTo(2);
        assertThat(usage.offlineRuns(LocalDate.parse("2026-11-25"))).isZero();
    }

    @Test
    void callsNeverSentCountAsFailuresButNotInTheLatencies() {
        record("2026-11-25T08:00:00.000Z", "summary", "openai", "gpt-5", null, 400, 0.01, 100, 10, 0, 0);
        record("2026-11-25T08:01:00.000Z", "summary", "openai", "gpt-5", "budget", 0, 0, 0, 0, 0, 0);
        record("2026-11-25T08:02:00.000Z", "summary", "openai", "gpt-5", "budget", 0, 0, 0, 0, 0, 0);
        record("2026-11-25T08:03:00.000Z", "summary", "openai", "gpt-5", "unsupported", 0, 0, 0, 0, 0, 0);
        record("2026-11-25T08:04:00.000Z", "bench", "openai", "gpt-5", "budget", 0, 0, 0, 0, 0, 0);

        UsageReport report = usage.report(new UsageQuery(LocalDate.parse("2026-11-25"), Grouping.TASK));

        assertThat(report.groups())
                .containsExactly(
                        new UsageRow("summary", 4, 3, 0, 100, 10, 0, 0, new BigDecimal("0.01"), 400, 400),
                        new UsageRow("bench", 1, 1, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0));
        assertThat(report.total())
                .extracting(UsageRow::calls, UsageRow::latencyP50Ms, UsageRow::latencyP95Ms)
                .containsExactly(5L, 400L, 400L);
    }

    @Test
    void costsAreExactDecimals() {
        record("2026-11-25T08:00:00.000Z", "summary", "openai", "gpt-5", null, 400, 0.0009, 100, 10, 0, 0);
        record("2026-11-25T08:01:00.000Z", "bench", "openai", "gpt-5", null, 400, 50.0, 100, 10, 0, 0);
        record("2026-11-25T08:02:00.000Z", "bench", "openai", "gpt-5", null, 400, 50.0, 100, 10, 0, 0);

        UsageReport report = usage.report(new UsageQuery(LocalDate.parse("2026-11-25"), Grouping.TASK));

        assertThat(report.groups())
                .extracting(row -> row.costUsd().toPlainString())
                .containsExactly("100", "0.0009");
        assertThat(report.total().costUsd()).isEqualByComparingTo("100.0009");
    }

    private void record(
            String createdAt,
            String task,
            String provider,
            String model,
            String errorKind,
            long latencyMs,
            double costUsd,
            int input,
            int output,
            int cacheRead,
            int cacheWrite) {
        NewLlmCall call = new NewLlmCall(
                task,
                provider,
                model,
                task,
                1,
                "f00d",
                null,
                input,
                output,
                cacheRead,
                cacheWrite,
                costUsd,
                latencyMs,
                errorKind == null,
                errorKind,
                null);
        database.jdbi().useHandle(handle -> {
            long id = handle.attach(LlmCallDao.class).insert(call);
            handle.execute("UPDATE llm_call SET created_at = ? WHERE id = ?", createdAt, id);
        });
    }
}
