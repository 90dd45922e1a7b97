package jsa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.FileProblems;
import jsa.JsaException;
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
        if (file != null) {
            edits.apply(id, read(file));
            spec.commandLine().getErr().println("jsa: updated job " + id);
            return ExitStatus.OK.code();
        }
        String before = edits.editable(id);
        // in jsa's cache directory, not /tmp: a kept draft belongs to this user and this jsa
        Path drafts = Files.createDirectories(context.paths().cacheDir().resolve("edits"));
        Path draft = Files.createTempFile(drafts, "job-" + id + "-", ".yaml");
        Files.writeString(draft, before, StandardCharsets.UTF_8);
        Editor.edit(draft, context.env());
        String after = read(draft);
        if (after.equals(before) || after.isBlank()) {
            Files.delete(draft);
            spec.commandLine().getErr().println("jsa: job " + id + " unchanged");
            return ExitStatus.OK.code();
        }
        try {
            edits.apply(id, after);
        } catch (JsaException e) {
            throw new JsaException(
                    e.getMessage(),
                    "your edit is kept in " + draft + "; fix it and run 'jsa job edit " + id + " --file " + draft + "'",
                    e.status(),
                    e);
        }
        Files.delete(draft);
        spec.commandLine().getErr().println("jsa: updated job " + id);
        return ExitStatus.OK.code();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw JsaException.usage(
                    "cannot read " + file + " (" + FileProblems.describe(e) + ")", "pass a readable YAML file");
        }
    }
}
