package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Print a completion script for bash or zsh.",
            "bash: source <(jsa completion bash)   zsh: jsa completion zsh > \"$${fpath[1]}/_jsa\""
        })
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    CompletionScripts.Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(CompletionScripts.generate(spec.root().commandLine(), shell));
        return ExitStatus.OK.code();
    }
}
