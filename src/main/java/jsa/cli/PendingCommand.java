package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.JsaException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command of the product whose feature has not landed yet: it is listed, has help, accepts
 * any arguments, and says in one line that it is not available (exit 1). No fake output.
 */
final class PendingCommand implements Callable<Integer> {
    private final String name;
    private final String feature;

    private PendingCommand(String name, String feature) {
        this.name = name;
        this.feature = feature;
    }

    /** The command model of a pending command {@code name}, part of {@code feature}. */
    static CommandSpec spec(String name, String description, String feature) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new PendingCommand(name, feature));
        spec.name(name);
        // an explicit option: the standard-help mixin costs a reflective scan per command
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
        spec.usageMessage().description(description, "Not available yet: " + feature + " is still being built.");
        spec.parser().unmatchedOptionsArePositionalParams(true);
        spec.addPositional(PositionalParamSpec.builder()
                .arity("0..*")
                .paramLabel("ARGS")
                .type(String[].class)
                .hidden(true)
                .build());
        return spec;
    }

    @Override
    public Integer call() {
        throw new JsaException(
                "'jsa " + name + "' is not available yet: " + feature + " is still being built",
                "see the Status section of the README for what works today",
                ExitStatus.FAILURE);
    }
}
