package jsa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.resume.ResumeService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "edit",
        mixinStandardHelpOptions = true,
        description = {
            "Reword, exclude, include and reorder a resume's bullets and skills in $EDITOR, as plain text.",
            "The form explains itself in its header. An invalid edit changes nothing and is kept in a file you"
                    + " can fix and apply with --file."
        })
final class ResumeEditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The resume's id ('jsa resume list').")
    long id;

    @Option(
            names = "--file",
            paramLabel = "FILE",
            description = "Apply this form (as 'jsa resume edit' writes it) without opening an editor.")
    Path file;

    @Override
    public Integer call() throws IOException {
        AppContext context = AppContext.of(spec);
        ResumeService resumes = context.resumes();
        int changed = file != null
                ? resumes.applyEdit(id, DraftEditor.read(file, "form file"))
                : DraftEditor.edit(
                                context,
                                resumes.editable(id),
                                "resume-" + id,
                                ".txt",
                                "jsa resume edit " + id,
                                form -> resumes.applyEdit(id, form))
                        .orElse(0);
        String outcome = changed == 0
                ? "resume " + id + " unchanged"
                : "updated resume " + id + ": " + changed + (changed == 1 ? " item" : " items") + " changed";
        spec.commandLine().getErr().println("jsa: " + outcome);
        return ExitStatus.OK.code();
    }
}
