package jsa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.jd.JdEdits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "edit",
        mixinStandardHelpOptions = true,
        description = {
            "Edit a tracked job's metadata and requirements in $EDITOR (YAML), validated on save.",
            "An invalid edit changes nothing and is kept in a file you can fix and apply with --file."
        })
final class JobEditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The job's id ('jsa job list').")
    long id;

    @Option(
            names = "--file",
            paramLabel = "FILE",
            description = "Apply this YAML (as 'jsa job edit' writes it) without opening an editor.")
    Path file;

    @Override
    public Integer call() throws IOException {
        AppContext context = AppContext.of(spec);
        JdEdits edits = context.jdEdits();
        PrintWriter err = spec.commandLine().getErr();
        if (file != null) {
            edits.apply(id, DraftEditor.read(file, "YAML file"));
            err.println("jsa: updated job " + id);
            return ExitStatus.OK.code();
        }
        boolean applied = DraftEditor.edit(
                        context,
                        edits.editable(id),
                        "job-" + id,
                        ".yaml",
                        "jsa job edit " + id,
                        yaml -> edits.apply(id, yaml))
                .isPresent();
        err.println(applied ? "jsa: updated job " + id : "jsa: job " + id + " unchanged");
        return ExitStatus.OK.code();
    }
}
