package jsa.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.ChangedInterview;
import jsa.tracker.InterviewChanges;
import jsa.tracker.InterviewFocus;
import jsa.tracker.InterviewFormat;
import jsa.tracker.InterviewStage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "edit",
        mixinStandardHelpOptions = true,
        description = {
            "Change an interview: move it, or correct its stage, format, focus or interviewer.",
            "Only the options given change; the change shows on the application's timeline."
        })
final class InterviewEditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The interview's id ('jsa interviews --all').")
    long interviewId;

    @Option(
            names = "--at",
            paramLabel = "DATETIME",
            converter = DateTimeInput.class,
            description = "When it starts, your local time: 2026-12-01 14:30 or 2026-12-01T14:30.")
    LocalDateTime at;

    @Option(names = "--stage", paramLabel = "STAGE", description = "recruiter_screen, technical_screen or final_loop.")
    InterviewStage stage;

    @Option(names = "--format", paramLabel = "FORMAT", description = "phone_call, virtual_meeting or onsite.")
    InterviewFormat format;

    @Option(
            names = "--focus",
            paramLabel = "FOCUS",
            description = "coding, system_design, behavioral or hiring_manager.")
    InterviewFocus focus;

    @Option(names = "--interviewer", paramLabel = "NAME", description = "Who leads it ('' clears it).")
    String interviewer;

    @Option(names = "--interviewer-title", paramLabel = "TITLE", description = "Their title ('' clears it).")
    String interviewerTitle;

    @Override
    public Integer call() {
        ChangedInterview changed = AppContext.of(spec)
                .interviews()
                .edit(interviewId, new InterviewChanges(at, stage, format, focus, interviewer, interviewerTitle));
        PrintWriter err = spec.commandLine().getErr();
        err.println("jsa: changed interview " + interviewId + ": " + changed.changes());
        if (changed.prepared() && (stage != null || focus != null || format != null)) {
            err.println("jsa: its preparation was written before this change; 'jsa interview-prep generate "
                    + changed.interview().applicationId() + " --interview " + interviewId
                    + " --force' writes it again");
        }
        return ExitStatus.OK.code();
    }
}
