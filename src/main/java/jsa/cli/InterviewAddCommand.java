package jsa.cli;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.Interview;
import jsa.tracker.InterviewFocus;
import jsa.tracker.InterviewFormat;
import jsa.tracker.InterviewStage;
import jsa.tracker.NewInterview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {"Schedule an interview for an application that had a callback. Prints the interview's id."})
final class InterviewAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The application's id ('jsa app list').")
    long applicationId;

    @Option(
            names = "--stage",
            required = true,
            paramLabel = "STAGE",
            description = "recruiter_screen, technical_screen or final_loop.")
    InterviewStage stage;

    @Option(
            names = "--at",
            required = true,
            paramLabel = "DATETIME",
            converter = DateTimeInput.class,
            description = "When it starts, your local time: 2026-12-01 14:30 or 2026-12-01T14:30.")
    LocalDateTime at;

    @Option(names = "--format", paramLabel = "FORMAT", description = "phone_call, virtual_meeting or onsite.")
    InterviewFormat format;

    @Option(
            names = "--focus",
            paramLabel = "FOCUS",
            description = "coding, system_design, behavioral or hiring_manager.")
    InterviewFocus focus;

    @Option(names = "--interviewer", paramLabel = "NAME", description = "Who leads it.")
    String interviewer;

    @Option(names = "--interviewer-title", paramLabel = "TITLE", description = "Their title.")
    String interviewerTitle;

    @Override
    public Integer call() {
        Interview interview = AppContext.of(spec)
                .interviews()
                .schedule(new NewInterview(applicationId, stage, at, format, focus, interviewer, interviewerTitle));
        spec.commandLine().getOut().println(interview.id());
        spec.commandLine()
                .getErr()
                .println("jsa: scheduled interview " + interview.id() + " (" + interview.stage() + ") for application "
                        + applicationId);
        return ExitStatus.OK.code();
    }
}
