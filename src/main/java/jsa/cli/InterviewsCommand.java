package jsa.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.InterviewStage;
import jsa.tracker.UpcomingInterview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "interviews",
        mixinStandardHelpOptions = true,
        description = {
            "List upcoming interviews with a countdown.",
            "In time order, with the days left, the application's id and whether its preparation was"
                    + " generated ('jsa interview-prep generate')."
        })
final class InterviewsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--stage",
            paramLabel = "STAGE",
            description = "Only recruiter_screen, technical_screen or final_loop.")
    InterviewStage stage;

    @Option(names = "--all", description = "Past interviews too.")
    boolean all;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
    OutputFormat format;

    @Override
    public Integer call() {
        List<UpcomingInterview> interviews = AppContext.of(spec).interviews().upcoming(stage, all);
        print(spec, format, interviews);
        if (interviews.isEmpty()) {
            spec.commandLine().getErr().println("jsa: no " + (all ? "" : "upcoming ") + "interviews");
        }
        return ExitStatus.OK.code();
    }

    /** Prints {@code interviews} as the {@code interviews} command does. */
    static void print(CommandSpec spec, OutputFormat format, List<UpcomingInterview> interviews) {
        RowPrinter.print(
                spec.commandLine().getOut(),
                format,
                List.of("ID", "WHEN", "IN", "STAGE", "COMPANY", "TITLE", "APP", "WITH", "PREPARED"),
                interviews.stream()
                        .map(i -> List.of(
                                Long.toString(i.id()),
                                i.at().toString().replace('T', ' '),
                                countdown(i.daysUntil()),
                                i.stage(),
                                i.company(),
                                i.listingJobTitle(),
                                Long.toString(i.applicationId()),
                                i.interviewerName() == null ? "" : i.interviewerName(),
                                i.prepared() ? "yes" : "no"))
                        .toList(),
                interviews);
    }

    static String countdown(long days) {
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        return days > 0 ? "in " + days + " days" : -days + " days ago";
    }
}
