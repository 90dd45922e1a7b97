package jsa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.interview.PreparationEdits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "edit",
        mixinStandardHelpOptions = true,
        description = {
            "Edit an application's base preparation, or an interview's, as Markdown in $EDITOR.",
            "Each section is under a '# ' heading. An invalid edit changes nothing and is kept in a file you can"
                    + " fix and apply with --file. 'generate --force' says which edits it replaces."
        })
final class InterviewPrepEditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "APP_ID", description = "The application's id ('jsa app list').")
    long applicationId;

    @Option(
            names = "--interview",
            paramLabel = "ID",
            description = "Edit this interview's preparation instead of the base.")
    Long interviewId;

    @Option(
            names = "--file",
            paramLabel = "FILE",
            description = "Save this form (as 'jsa interview-prep edit' writes it) without opening an editor.")
    Path file;

    @Override
    public Integer call() throws IOException {
        AppContext context = AppContext.of(spec);
        PreparationEdits edits = context.preparationEdits();
        String command =
                "jsa interview-prep edit " + applicationId + (interviewId == null ? "" : " --interview " + interviewId);
        boolean changed = file != null
                ? edits.apply(applicationId, interviewId, DraftEditor.read(file, "Markdown file"))
                : DraftEditor.edit(
                                context,
                                edits.form(applicationId, interviewId),
                                "interview-prep-" + applicationId
                                        + (interviewId == null ? "" : "-interview-" + interviewId),
                                ".md",
                                command,
                                form -> edits.apply(applicationId, interviewId, form))
                        .orElse(false);
        String what = interviewId == null
                ? "the base preparation of application " + applicationId
                : "the preparation of interview " + interviewId;
        spec.commandLine().getErr().println("jsa: " + (changed ? "saved " : "unchanged: ") + what);
        return ExitStatus.OK.code();
    }
}
