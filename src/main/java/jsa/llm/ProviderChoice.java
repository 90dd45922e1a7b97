package jsa.llm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jsa.JsaException;

/**
 * Which provider answers and which model per task. {@code auto} picks {@code anthropic} when
 * {@code ANTHROPIC_API_KEY} is set, {@code openai} when {@code OPENAI_BASE_URL} or
 * {@code OPENAI_API_KEY} is, else {@code offline}. Default models follow the design's split: a
 * Sonnet-class model for generation, a Haiku-class one for parsing and skills.
 */
public final class ProviderChoice {
    /** Generation tasks, which get the provider's larger model by default. */
    private static final Set<String> GENERATION = Set.of("bullets", "interview-prep");

    /** What {@code --provider} and {@code llm.provider} accept. */
    public static final List<String> CHOICES = List.of("auto", "anthropic", "openai", "offline");

    private ProviderChoice() {}

    /**
     * The provider for {@code configured} ({@code auto}, a provider name, or null for auto).
     *
     * @throws JsaException naming the missing key when a provider is chosen explicitly without it
     */
    public static String provider(String configured, Map<String, String> env) {
        String choice = configured == null ? "auto" : configured.toLowerCase(Locale.ROOT);
        return switch (choice) {
            case "auto" -> {
                if (set(env, "ANTHROPIC_API_KEY")) {
                    yield "anthropic";
                }
                yield set(env, "OPENAI_BASE_URL") || set(env, "OPENAI_API_KEY") ? "openai" : "offline";
            }
            case "anthropic" -> {
                if (!set(env, "ANTHROPIC_API_KEY")) {
                    throw JsaException.usage(
                            "the anthropic provider needs ANTHROPIC_API_KEY, which is not set",
                            "export ANTHROPIC_API_KEY=..., or use --provider offline");
                }
                yield "anthropic";
            }
            case "openai", "offline" -> choice;
            default ->
                throw JsaException.usage(
                        "unknown provider '" + configured + "'", "choose " + String.join(", ", CHOICES));
        };
    }

    /** The model {@code provider} uses for {@code task} when none is configured. */
    public static String defaultModel(String provider, String task) {
        boolean generation = GENERATION.contains(task);
        return switch (provider) {
            case "anthropic" -> generation ? "claude-sonnet-5-5" : "claude-haiku-5-5";
            case "openai" -> generation ? "gpt-4.1" : "gpt-4.1-mini";
            default -> "offline-rules-v1";
        };
    }

    private static boolean set(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
