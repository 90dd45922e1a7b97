package jsa.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.ApplicationRow;
import jsa.tracker.StatusState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Record the company's answer: callback, rejected or closed (the posting closed).",
            "Not before the application or the current status; not after the interview process ended."
        })
final class AppStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The application's id ('jsa app list').")
    long id;

    @Parameters(index = "1", paramLabel = "STATE", description = "callback, rejected or closed.")
    StatusState state;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it happened (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
        ApplicationRow app = AppContext.of(spec).applications().status(id, state, date);
        spec.commandLine().getOut().println(ApplicationRows.line(app));
        return ExitStatus.OK.code();
    }
}
