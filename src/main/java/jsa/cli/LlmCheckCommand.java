package jsa.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.llm.LlmCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Prove that the LLM provider, model and key work: one tiny structured call.",
            "Says what is wrong when they do not (base URL, key, model, JSON-schema support)."
        })
final class LlmCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LlmOptions llm;

    @Override
    public Integer call() {
        LlmCheck.Result result = new LlmCheck(AppContext.of(spec).llm(llm)).run();
        String line = "offline".equals(result.provider())
                ? "offline: the rule-based engine answers without a model, key or network"
                : String.format(
                        Locale.ROOT,
                        "%s: %s answered with valid structured output in %d ms ($%.4f); JSON by %s",
                        result.provider(),
                        result.model(),
                        result.latencyMs(),
                        result.costUsd(),
                        result.structuredOutput());
        spec.commandLine().getOut().println(line);
        return ExitStatus.OK.code();
    }
}
