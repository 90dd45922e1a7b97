package jsa.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.llm.LlmCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(
            names = "--task",
            paramLabel = "TASK",
            defaultValue = "parse-jd",
            completionCandidates = Tasks.class,
            description = "Whose model to check: parse-jd (default), bullets, skills or interview-prep.")
    String task;

    /** The tasks with a model setting. */
    static final class Tasks implements Iterable<String> {
        static final List<String> NAMES = List.of("parse-jd", "bullets", "skills", "interview-prep");

        @Override
        public Iterator<String> iterator() {
            return NAMES.iterator();
        }
    }

    @Override
    public Integer call() {
        if (!Tasks.NAMES.contains(task)) {
            throw new ParameterException(
                    spec.commandLine(), "'" + task + "' is not one of " + String.join(", ", Tasks.NAMES));
        }
        LlmCheck.Result result = new LlmCheck(AppContext.of(spec).llm(llm), task).run();
        String line = "offline".equals(result.provider())
                ? "offline: the rule-based engine answers without a model, key or network"
                : String.format(
                        Locale.ROOT,
                        "%s: %s (llm.model.%s) answered with valid structured output in %d ms ($%.4f); JSON by %s",
                        result.provider(),
                        result.model(),
                        result.task(),
                        result.latencyMs(),
                        result.costUsd(),
                        result.structuredOutput());
        spec.commandLine().getOut().println(line);
        return ExitStatus.OK.code();
    }
}
