package jsa.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.ApplicationCsv;
import jsa.tracker.ApplicationHistory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "applications",
        mixinStandardHelpOptions = true,
        description = {
            "Export every application, oldest applied first: CSV in the columns 'jsa import applications' reads,"
                    + " or JSON with each application's whole timeline."
        })
final class ExportApplicationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
    Format format;

    /** What the export is written as; an enum so that picocli rejects any other value. */
    enum Format {
        csv,
        json
    }

    @Override
    public Integer call() {
        List<ApplicationHistory> histories =
                AppContext.of(spec).applicationViews().export();
        RowPrinter.print(
                spec.commandLine().getOut(),
                format == Format.json ? OutputFormat.json : OutputFormat.csv,
                ApplicationCsv.COLUMNS,
                histories.stream()
                        .map(h -> ApplicationCsv.values(h.application()))
                        .toList(),
                histories);
        return ExitStatus.OK.code();
    }
}
