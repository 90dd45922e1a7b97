package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "path", mixinStandardHelpOptions = true, description = "Print the config file's path.")
final class ConfigPathCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(AppContext.of(spec).paths().configFile());
        return ExitStatus.OK.code();
    }
}
