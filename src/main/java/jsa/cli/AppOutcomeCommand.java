package jsa.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.ApplicationRow;
import jsa.tracker.ProcessOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "outcome",
        mixinStandardHelpOptions = true,
        description = {
            "Record how the interview process ended: offer, rejected, failed, ghosted or withdrew.",
            "Needs a callback ('jsa app status ID callback'), dated on or after it."
        })
final class AppOutcomeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The application's id ('jsa app list').")
    long id;

    @Parameters(index = "1", paramLabel = "OUTCOME", description = "offer, rejected, failed, ghosted or withdrew.")
    ProcessOutcome outcome;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it happened (default: today).")
    LocalDate date;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Context, such as the offer's terms.")
    String notes;

    @Override
    public Integer call() {
        ApplicationRow app = AppContext.of(spec).applications().outcome(id, outcome, date, notes);
        spec.commandLine().getOut().println(ApplicationRows.line(app));
        return ExitStatus.OK.code();
    }
}
