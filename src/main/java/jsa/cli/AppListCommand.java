package jsa.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.Page;
import jsa.tracker.Activity;
import jsa.tracker.ApplicationFilter;
import jsa.tracker.ApplicationRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "List applications, newest applied first, with their status: the process outcome, else Interviewing"
                    + " (a callback), else rejected or closed, else No Response."
        })
final class AppListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PageOptions options;

    @Option(names = "--company", paramLabel = "NAME", description = "Only this company's (any case).")
    String company;

    @Option(
            names = "--status",
            defaultValue = "all",
            paramLabel = "WHICH",
            description = "all (default), active (no response, or interviewing) or inactive (concluded).")
    Activity status;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only those applied on or after this date.")
    LocalDate since;

    @Override
    public Integer call() {
        Page<ApplicationRow> page = AppContext.of(spec)
                .applicationViews()
                .page(new ApplicationFilter(company, status, since), options.limit());
        ApplicationRows.print(spec.commandLine().getOut(), options.format, page.rows());
        PageOptions.noteLeftOut(spec.commandLine().getErr(), page, "applications");
        return ExitStatus.OK.code();
    }
}
