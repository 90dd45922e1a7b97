package jsa.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import jsa.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Write a consistent copy of the database to FILE and print its path.",
            "Safe while other jsa commands run; the copy is verified before it is moved into place."
        })
final class DbBackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write the copy.")
    Path target;

    @Option(
            names = {"-f", "--force"},
            description = "Replace FILE when it exists.")
    boolean force;

    @Override
    public Integer call() {
        long bytes = AppContext.of(spec).maintenance().backup(target, force);
        spec.commandLine().getErr().printf(Locale.ROOT, "jsa: wrote %,d bytes%n", bytes);
        spec.commandLine().getOut().println(target.toAbsolutePath().normalize());
        return ExitStatus.OK.code();
    }
}
