package jsa.cli;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;

import picocli.CommandLine.Option;

/** The provider and spending options of every command that asks a model. */
final class LlmOptions {
    @Option(
            names = "--provider",
            paramLabel = "NAME",
            completionCandidates = ProviderNames.class,
            description = "anthropic, openai, offline or auto (default: config llm.provider).")
    String provider;

    @Option(
            names = "--budget",
            paramLabel = "USD",
            description = "Refuse any call whose cost could take the command over this many US dollars.")
    BigDecimal budget;

    /** The provider names, for completion. */
    static final class ProviderNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("auto", "anthropic", "openai", "offline").iterator();
        }
    }
}
