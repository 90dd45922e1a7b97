package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.db.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Create or migrate the database and print its path.",
            "Optional: every command does this on first use."
        })
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Database database = AppContext.of(spec).database();
        int previous = database.previousVersion();
        String change = previous == 0
                ? "created"
                : previous == database.schemaVersion() ? "up to date" : "migrated from schema " + previous;
        spec.commandLine().getErr().println("jsa: database " + change + " (schema " + database.schemaVersion() + ")");
        spec.commandLine().getOut().println(database.file());
        return ExitStatus.OK.code();
    }
}
