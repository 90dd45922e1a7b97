package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "llm",
        mixinStandardHelpOptions = true,
        description = {
            "Check the LLM provider; show the token usage, cost and latency of the calls.",
            "The provider is --provider, else config llm.provider, else chosen from the environment:"
                    + " anthropic with ANTHROPIC_API_KEY, openai with OPENAI_BASE_URL or OPENAI_API_KEY,"
                    + " else the offline rule-based engine."
        },
        subcommands = {LlmCheckCommand.class, LlmUsageCommand.class})
final class LlmCommand {}
