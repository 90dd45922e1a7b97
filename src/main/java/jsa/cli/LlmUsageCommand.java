package jsa.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import jsa.ExitStatus;
import jsa.llm.LlmUsageService;
import jsa.llm.UsageQuery;
import jsa.llm.UsageReport;
import jsa.llm.UsageRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "usage",
        mixinStandardHelpOptions = true,
        description = {
            "Show LLM calls, failures, tokens, cost and latency (p50, p95) by task, model or day.",
            "FAILED counts every failed call; INVALID those whose answer failed validation.",
            "Latency covers the calls sent; offline rule-engine runs are no LLM calls and are left out."
        })
final class LlmUsageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            converter = IsoDate.class,
            description = "Only calls on or after this UTC day (yyyy-mm-dd).")
    LocalDate since;

    @Option(
            names = "--by",
            defaultValue = "task",
            converter = Groupings.class,
            completionCandidates = Groupings.class,
            description = "task (default), model or day (UTC).")
    UsageQuery.Grouping by;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
    OutputFormat format;

    /** A yyyy-mm-dd date; picocli's own message would quote a Java exception. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (yyyy-mm-dd)");
            }
        }
    }

    /** The --by values, in lower case as they are typed. */
    static final class Groupings implements ITypeConverter<UsageQuery.Grouping>, Iterable<String> {
        private static final List<String> NAMES = Stream.of(UsageQuery.Grouping.values())
                .map(g -> g.name().toLowerCase(Locale.ROOT))
                .toList();

        @Override
        public UsageQuery.Grouping convert(String value) {
            if (!NAMES.contains(value.toLowerCase(Locale.ROOT))) {
                throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", NAMES));
            }
            return UsageQuery.Grouping.valueOf(value.toUpperCase(Locale.ROOT));
        }

        @Override
        public Iterator<String> iterator() {
            return NAMES.iterator();
        }
    }

    @Override
    public Integer call() {
        LlmUsageService usage = AppContext.of(spec).llmUsage();
        UsageReport report = usage.report(new UsageQuery(since, by));
        PrintWriter err = spec.commandLine().getErr();
        if (report.groups().isEmpty()) {
            err.println("jsa: no LLM calls recorded" + (since == null ? "" : " since " + since));
        } else {
            print(report);
        }
        long offline = usage.offlineRuns(since);
        if (offline > 0) {
            err.println("jsa: " + offline + " offline rule-engine run" + (offline == 1 ? "" : "s")
                    + " not counted (no model, no cost)");
        }
        return ExitStatus.OK.code();
    }

    private void print(UsageReport report) {
        PrintWriter out = spec.commandLine().getOut();
        boolean forPeople = format == OutputFormat.table || format == OutputFormat.md;
        RowPrinter.print(
                out,
                format,
                List.of(
                        by.name(),
                        "CALLS",
                        "FAILED",
                        "INVALID",
                        "INPUT",
                        "OUTPUT",
                        "CACHE_READ",
                        "CACHE_WRITE",
                        "COST_USD",
                        "P50_MS",
                        "P95_MS"),
                Stream.concat(report.groups().stream(), Stream.of(report.total()))
                        .map(row -> cells(row, forPeople))
                        .toList(),
                report);
    }

    // People get 12,345 tokens and dollars to four places; programs get plain, exact numbers.
    private static List<String> cells(UsageRow row, boolean forPeople) {
        return List.of(
                row.group(),
                count(row.calls(), forPeople),
                count(row.failures(), forPeople),
                count(row.validationFailures(), forPeople),
                count(row.inputTokens(), forPeople),
                count(row.outputTokens(), forPeople),
                count(row.cacheReadTokens(), forPeople),
                count(row.cacheWriteTokens(), forPeople),
                forPeople
                        ? String.format(Locale.ROOT, "%.4f", row.costUsd())
                        : row.costUsd().toPlainString(),
                count(row.latencyP50Ms(), forPeople),
                count(row.latencyP95Ms(), forPeople));
    }

    private static String count(long value, boolean forPeople) {
        return forPeople ? String.format(Locale.ROOT, "%,d", value) : Long.toString(value);
    }
}
