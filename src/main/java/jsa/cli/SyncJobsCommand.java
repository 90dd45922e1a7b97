package jsa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import jsa.ExitStatus;
import jsa.config.ConfigKey;
import jsa.jobs.CompanySync;
import jsa.jobs.SyncCounts;
import jsa.jobs.SyncReport;
import jsa.jobs.SyncRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "sync-jobs",
        mixinStandardHelpOptions = true,
        description = {
            "Fetch postings from the watched companies' career sites.",
            "Every active company, for every active search term; exit 3 when some boards failed"
                    + " (the others are saved), 1 when none could be synced."
        })
final class SyncJobsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--keywords", paramLabel = "TEXT", description = "Only the search terms that contain this.")
    String keywords;

    @Option(
            names = "--location",
            paramLabel = "NAME",
            description = "Only postings there (Workday: a location_filters name).")
    String location;

    @Option(names = "--company", paramLabel = "NAME", description = "Only this company (repeatable).")
    List<String> companies = List.of();

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            description = "Boards fetched at once (default: config sync.concurrency).")
    Integer concurrency;

    @Option(names = "--dry-run", description = "Fetch and report; change nothing.")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
    OutputFormat format;

    @Override
    public Integer call() {
        AppContext context = AppContext.of(spec);
        if (concurrency != null) {
            context.settings().withFlag(ConfigKey.SYNC_CONCURRENCY, concurrency.toString());
        }
        int boards = Integer.parseInt(
                context.settings().value(ConfigKey.SYNC_CONCURRENCY).orElseThrow());
        Progress progress = new Progress(spec.commandLine().getErr(), context.terminal());
        SyncReport report =
                context.sync().sync(new SyncRequest(keywords, location, companies, boards, dryRun), progress::done);
        progress.finish();
        print(report, spec.commandLine().getOut());
        report.companies().stream()
                .filter(c -> !c.ok())
                .forEach(c -> spec.commandLine().getErr().println("jsa: warning: " + c.error()));
        if (report.failures() == 0) {
            return ExitStatus.OK.code();
        }
        return report.failures() == report.companies().size()
                ? ExitStatus.FAILURE.code()
                : ExitStatus.UNAVAILABLE.code();
    }

    private void print(SyncReport report, PrintWriter out) {
        List<List<String>> rows =
                report.companies().stream().map(SyncJobsCommand::row).toList();
        RowPrinter.print(
                out,
                format,
                List.of("COMPANY", "PLATFORM", "FETCHED", "NEW", "UPDATED", "STALE", "DELETED", "APPLIED", "RESULT"),
                rows,
                report.companies());
    }

    private static List<String> row(CompanySync c) {
        List<String> cells = new ArrayList<>(List.of(c.company(), c.platform(), Integer.toString(c.fetched())));
        SyncCounts counts = c.counts();
        if (counts == null) {
            cells.addAll(List.of("", "", "", "", "", c.ok() ? "dry run" : "FAILED"));
        } else {
            for (int n :
                    new int[] {counts.added(), counts.updated(), counts.stale(), counts.deleted(), counts.applied()}) {
                cells.add(Integer.toString(n));
            }
            cells.add("ok");
        }
        return cells;
    }

    /** A one-line progress bar on a terminal's stderr; silent otherwise (cron). */
    private static final class Progress {
        private final PrintWriter err;
        private final boolean terminal;
        private final AtomicInteger finished = new AtomicInteger();

        Progress(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        synchronized void done(CompanySync company) {
            int count = finished.incrementAndGet();
            if (terminal) {
                err.print("\r\u001b[Ksyncing: " + count + " boards done, last " + company.company()
                        + (company.ok() ? "" : " (failed)"));
                err.flush();
            }
        }

        synchronized void finish() {
            if (terminal) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
