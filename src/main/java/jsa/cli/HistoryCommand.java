package jsa.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.Page;
import jsa.tracker.Activity;
import jsa.tracker.ApplicationFilter;
import jsa.tracker.ApplicationRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = {
            "Show your applications to one company.",
            "Newest first: check before applying again. NOTE is each one's newest note ('jsa app note').",
            "Status: the interview process outcome, else Interviewing (a callback), else rejected or closed,"
                    + " else No Response."
        })
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMPANY", description = "The company's name, in any case.")
    String company;

    @Option(
            names = "--status",
            defaultValue = "all",
            paramLabel = "WHICH",
            description = "all (default), active (no response, or interviewing) or inactive (rejected, closed,"
                    + " or the process ended).")
    Activity status;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
    OutputFormat format;

    @Override
    public Integer call() {
        Page<ApplicationRow> page =
                AppContext.of(spec).applicationViews().page(new ApplicationFilter(company, status, null), 0);
        ApplicationRows.print(spec.commandLine().getOut(), format, page.rows(), true);
        if (page.rows().isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("jsa: no "
                            + (status == Activity.ALL ? "" : status.name().toLowerCase(Locale.ROOT) + " ")
                            + "applications to " + company);
        }
        return ExitStatus.OK.code();
    }
}
