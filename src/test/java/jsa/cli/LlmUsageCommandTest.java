package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

class LlmUsageCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void sandbox() {
        cli = new CliRunner(dir);
    }

    @Test
    void aTableShowsEachTaskAndATotalWithReadableNumbers() {
        ledger();

        Result result = cli.run("llm", "usage");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines())
                .containsExactly(
                        "TASK      CALLS  FAILED  INVALID  INPUT   OUTPUT  CACHE_READ  CACHE_WRITE  COST_USD  P50_MS  P95_MS",
                        "parse-jd  3      2       1        12,000  1,500   4,000       1,000        0.0420    2,000   3,000",
                        "bullets   1      0       0        800     90      0           0            0.0125    400     400",
                        "total     4      2       1        12,800  1,590   4,000       1,000        0.0545    1,000   3,000");
    }

    @Test
    void csvAndJsonGivePlainExactNumbers() {
        ledger();

        assertThat(cli.run("llm", "usage", "--format", "csv").out())
                .isEqualTo("TASK,CALLS,FAILED,INVALID,INPUT,OUTPUT,CACHE_READ,CACHE_WRITE,COST_USD,P50_MS,P95_MS\n"
                        + "parse-jd,3,2,1,12000,1500,4000,1000,0.042,2000,3000\n"
                        + "bullets,1,0,0,800,90,0,0,0.0125,400,400\n"
                        + "total,4,2,1,12800,1590,4000,1000,0.0545,1000,3000\n");
        assertThat(cli.run("llm", "usage", "--format", "json").out())
                .contains("\"groups\" : [ {", "\"total\" : {")
                .contains("\"group\" : \"parse-jd\"", "\"validation_failures\" : 1", "\"input_tokens\" : 12000")
                .contains("\"cache_read_tokens\" : 4000", "\"cache_write_tokens\" : 1000", "\"cost_usd\" : 0.0545")
                .contains("\"latency_p50_ms\" : 1000", "\"latency_p95_ms\" : 3000");
        assertThat(cli.run("llm", "usage", "--format", "md").out())
                .contains("| parse-jd | 3 | 2 | 1 | 12,000 | 1,500 | 4,000 | 1,000 | 0.0420 | 2,000 | 3,000 |");
    }

    @Test
    void groupsByModelOrUtcDayAndFiltersBySince() {
        ledger();

        assertThat(cli.run("llm", "usage", "--by", "model", "--format", "csv").out())
                // Jackson quotes any value longer than 24 characters
                .contains("MODEL,CALLS,", "\n\"anthropic/claude-sonnet-4-5\",3,", "\nopenai/gpt-5,1,");
        assertThat(cli.run("llm", "usage", "--by", "day", "--format", "csv").out())
                .startsWith("DAY,CALLS,")
                .contains("\n2026-11-23,1,1,1,", "\n2026-11-24,3,1,0,", "\ntotal,4,");
        assertThat(cli.run("llm", "usage", "--since", "2026-11-24", "--format", "csv")
                        .out())
                .contains("\nparse-jd,2,1,0,", "\ntotal,3,")
                .doesNotContain("2026-11-23");
    }

    @Test
    void anEmptyLedgerPrintsNothingAndSaysSoOnStderr() {
        Result all = cli.run("llm", "usage");
        ledger();
        Result later = cli.run("llm", "usage", "--since", "2026-12-01", "--format", "json");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).isEmpty();
        assertThat(all.err()).isEqualTo("jsa: no LLM calls recorded" + NL);
        assertThat(later.exitCode()).isZero();
        assertThat(later.out()).isEmpty();
        assertThat(later.err()).isEqualTo("jsa: no LLM calls recorded since 2026-12-01" + NL);
    }

    @Test
    void aBadDateOrGroupingIsAUsageError() {
        Result date = cli.run("llm", "usage", "--since", "2026-13-01");
        Result grouping = cli.run("llm", "usage", "--by", "week");
        Result upperCase = cli.run("llm", "usage", "--by", "DAY");

        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err())
                .startsWith("jsa: error: invalid value for option '--since': '2026-13-01' is not a date (yyyy-mm-dd)");
        assertThat(grouping.exitCode()).isEqualTo(2);
        assertThat(grouping.err()).contains("'--by': 'week' is not one of task, model, day");
        assertThat(upperCase.exitCode()).isZero();
    }

    @Test
    void offlineRunsAreLeftOutAndNotedOnStderr() {
        offlineRuns();
        Result onlyOffline = cli.run("llm", "usage");
        ledger();
        Result mixed = cli.run("llm", "usage", "--format", "csv");
        Result sinceLater = cli.run("llm", "usage", "--since", "2026-11-24", "--format", "csv");

        assertThat(onlyOffline.exitCode()).isZero();
        assertThat(onlyOffline.out()).isEmpty();
        assertThat(onlyOffline.err())
                .isEqualTo("jsa: no LLM calls recorded" + NL
                        + "jsa: 2 offline rule-engine runs not counted (no model, no cost)" + NL);
        assertThat(mixed.out()).contains("\ntotal,4,2,1,12800,").doesNotContain("offline");
        assertThat(mixed.err()).isEqualTo("jsa: 2 offline rule-engine runs not counted (no model, no cost)" + NL);
        assertThat(sinceLater.err()).isEqualTo("jsa: 1 offline rule-engine run not counted (no model, no cost)" + NL);
    }

    @Test
    void budgetRefusalsAreFailedCallsWithoutALatency() {
        ledger();
        cli.execute("INSERT INTO llm_call (task, provider, model, prompt_name, prompt_version, prompt_hash,"
                + " latency_ms, ok, error_kind) VALUES"
                + " ('bullets', 'openai', 'gpt-5', 'bullets', 2, 'beef', 0, 0, 'budget'),"
                + " ('bullets', 'openai', 'gpt-5', 'bullets', 2, 'beef', 0, 0, 'budget')");

        assertThat(cli.run("llm", "usage", "--format", "csv").out())
                .contains(
                        "\nbullets,3,2,0,800,90,0,0,0.0125,400,400\n",
                        "\ntotal,6,4,1,12800,1590,4000,1000,0.0545,1000,3000\n");
    }

    @Test
    void jsonCostsArePlainDecimals() {
        cli.execute("INSERT INTO llm_call (task, provider, model, prompt_name, prompt_version, prompt_hash,"
                + " cost_usd, latency_ms, ok) VALUES"
                + " ('skills', 'anthropic', 'claude-haiku-4-5', 'skills', 1, 'f00d', 0.0009, 300, 1),"
                + " ('bullets', 'openai', 'gpt-5', 'bullets', 2, 'beef', 100.0, 400, 1)");

        String json = cli.run("llm", "usage", "--format", "json").out();

        assertThat(json)
                .contains("\"cost_usd\" : 0.0009", "\"cost_usd\" : 100,", "\"cost_usd\" : 100.0009")
                .doesNotContainPattern("\\d[eE][-+]?\\d");
        assertThat(cli.run("llm", "usage", "--format", "csv").out()).contains("\nskills,1,0,0,0,0,0,0,0.0009,");
    }

    /** Two offline rule-engine parses, on 11-23 and 11-24 UTC: in the ledger, but no LLM calls. */
    private void offlineRuns() {
        cli.execute("INSERT INTO llm_call (task, provider, model, prompt_name, prompt_version, prompt_hash,"
                + " latency_ms, ok, created_at) VALUES"
                + " ('parse-jd', 'offline', 'rules', 'parse-jd', 1, 'f00d', 4, 1, '2026-11-23T08:00:00.000Z'),"
                + " ('parse-jd', 'offline', 'rules', 'parse-jd', 1, 'f00d', 6, 1, '2026-11-24T08:00:00.000Z')");
    }

    /**
     * parse-jd: three Sonnet calls of 1,000, 2,000 and 3,000 ms (one on 11-23 UTC failed
     * validation, one failed with a 5xx); bullets: one GPT-5 call of 400 ms.
     */
    private void ledger() {
        cli.execute("INSERT INTO llm_call (task, provider, model, prompt_name, prompt_version, prompt_hash,"
                + " input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_usd, latency_ms,"
                + " ok, error_kind, created_at) VALUES"
                + " ('parse-jd', 'anthropic', 'claude-sonnet-4-5', 'parse-jd', 1, 'f00d', 5000, 700, 0, 1000, 0.02,"
                + " 3000, 0, 'validation', '2026-11-23T23:59:59.999Z'),"
                + " ('parse-jd', 'anthropic', 'claude-sonnet-4-5', 'parse-jd', 1, 'f00d', 7000, 800, 4000, 0, 0.022,"
                + " 2000, 1, NULL, '2026-11-24T00:00:00.000Z'),"
                + " ('parse-jd', 'anthropic', 'claude-sonnet-4-5', 'parse-jd', 1, 'f00d', 0, 0, 0, 0, 0,"
                + " 1000, 0, 'http_5xx', '2026-11-24T09:00:00.000Z'),"
                + " ('bullets', 'openai', 'gpt-5', 'bullets', 2, 'beef', 800, 90, 0, 0, 0.0125,"
                + " 400, 1, NULL, '2026-11-24T10:00:00.000Z')");
    }
}
