package jsa.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.jobs.CompanySummary;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the companies.")
final class CompanyListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Activity activity;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
    OutputFormat format;

    /** --active or --inactive. */
    static final class Activity {
        @Option(names = "--active", description = "Only the companies that sync.")
        boolean active;

        @Option(names = "--inactive", description = "Only the companies that do not sync.")
        boolean inactive;
    }

    @Override
    public Integer call() {
        Boolean filter = activity == null ? null : activity.active;
        List<CompanySummary> companies = AppContext.of(spec).companies().list(filter);
        RowPrinter.print(
                spec.commandLine().getOut(),
                format,
                List.of("NAME", "PLATFORM", "ACTIVE", "BOARD", "LISTINGS"),
                companies.stream()
                        .map(c -> List.of(
                                c.name(),
                                c.platform(),
                                c.active() ? "yes" : "no",
                                c.board(),
                                Long.toString(c.listings())))
                        .toList(),
                companies);
        return ExitStatus.OK.code();
    }
}
