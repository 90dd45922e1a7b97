package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = "Remove a company with its configuration and listings.")
final class CompanyRemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The company's name, ignoring case.")
    String name;

    @Option(
            names = {"-y", "--yes"},
            description = "Also when it has listings: they are deleted with it.")
    boolean yes;

    @Override
    public Integer call() {
        long listings = AppContext.of(spec).companies().remove(name, yes);
        spec.commandLine()
                .getErr()
                .println("jsa: removed " + name + (listings > 0 ? " and its " + listings + " listings" : ""));
        return ExitStatus.OK.code();
    }
}
