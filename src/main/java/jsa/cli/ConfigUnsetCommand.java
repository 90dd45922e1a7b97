package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "unset",
        mixinStandardHelpOptions = true,
        description = "Remove KEY from the config file, so the env var or default applies.")
final class ConfigUnsetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KEY", completionCandidates = ConfigKeyCandidates.class, description = "A setting name.")
    String key;

    @Override
    public Integer call() {
        if (!AppContext.of(spec).config().unset(key)) {
            spec.commandLine().getErr().println("jsa: note: " + key + " was not set in the config file");
        }
        return ExitStatus.OK.code();
    }
}
