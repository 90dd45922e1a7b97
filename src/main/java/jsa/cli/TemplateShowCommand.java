package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Print a template with its roles as an entry of a profile file (YAML).")
final class TemplateShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The template's id ('jsa template list') or name.")
    String template;

    @Override
    public Integer call() {
        StructuredOutput.yaml(
                spec.commandLine().getOut(), AppContext.of(spec).templates().show(template));
        return ExitStatus.OK.code();
    }
}
