package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "get",
        mixinStandardHelpOptions = true,
        description = "Print the effective value of KEY; exit 1 when nothing sets it.")
final class ConfigGetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KEY", completionCandidates = ConfigKeyCandidates.class, description = "A setting name.")
    String key;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .println(AppContext.of(spec).config().get(key).value());
        return ExitStatus.OK.code();
    }
}
