package jsa.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.CancelledInterview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        description = {
            "Cancel an interview: delete it, with its notes and its preparation.",
            "The application's timeline keeps its scheduling and its notes, and records the cancellation."
        })
final class InterviewCancelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The interview's id ('jsa interviews --all').")
    long interviewId;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the timeline.")
    String reason;

    @Override
    public Integer call() {
        CancelledInterview cancelled = AppContext.of(spec).interviews().cancel(interviewId, reason);
        PrintWriter err = spec.commandLine().getErr();
        long app = cancelled.interview().applicationId();
        err.println("jsa: cancelled interview " + interviewId + " (" + cancelled.when() + ") of application " + app);
        if (cancelled.prepared()) {
            err.println("jsa: its preparation was deleted too");
        }
        if (cancelled.notes() > 0) {
            err.println("jsa: its " + cancelled.notes() + (cancelled.notes() == 1 ? " note was" : " notes were")
                    + " deleted too; 'jsa app show " + app + "' still has them on the timeline");
        }
        return ExitStatus.OK.code();
    }
}
