package jsa.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings a user can put in {@code config.yaml}. Each has an environment variable that
 * overrides the file; command-line flags override both. Secrets are never settings: API keys
 * come from environment variables only.
 */
public enum ConfigKey {
    DB_PATH("db.path", "JSA_DB", null, Type.PATH, "Database file (default: $JSA_HOME/jsa.db)."),
    LLM_PROVIDER(
            "llm.provider",
            "JSA_LLM_PROVIDER",
            "auto",
            Type.choice("auto", "anthropic", "openai", "offline"),
            "LLM provider; auto picks anthropic or openai when their env vars are set, else offline."),
    LLM_MODEL_PARSE_JD(
            "llm.model.parse-jd",
            "JSA_LLM_MODEL_PARSE_JD",
            null,
            Type.TEXT,
            "Model for parsing job descriptions (default: the provider's parsing model)."),
    LLM_MODEL_BULLETS(
            "llm.model.bullets",
            "JSA_LLM_MODEL_BULLETS",
            null,
            Type.TEXT,
            "Model for resume bullets (default: the provider's generation model)."),
    LLM_MODEL_SKILLS(
            "llm.model.skills",
            "JSA_LLM_MODEL_SKILLS",
            null,
            Type.TEXT,
            "Model for the skills section (default: the provider's parsing model)."),
    LLM_MODEL_INTERVIEW_PREP(
            "llm.model.interview-prep",
            "JSA_LLM_MODEL_INTERVIEW_PREP",
            null,
            Type.TEXT,
            "Model for interview preparation (default: the provider's generation model)."),
    LLM_ANTHROPIC_BASE_URL(
            "llm.anthropic.base-url",
            "ANTHROPIC_BASE_URL",
            "https://api.anthropic.com",
            Type.URL,
            "Anthropic API base URL."),
    LLM_OPENAI_BASE_URL(
            "llm.openai.base-url",
            "OPENAI_BASE_URL",
            "https://api.openai.com/v1",
            Type.URL,
            "OpenAI-compatible base URL (e.g. Ollama: http://localhost:11434/v1)."),
    OUTPUT_DIR("output.dir", "JSA_OUTPUT_DIR", ".", Type.PATH, "Directory for PDFs, reports and other files."),
    TEMPLATES_DIR(
            "templates.dir",
            "JSA_TEMPLATES_DIR",
            null,
            Type.PATH,
            "Resume and preparation templates (default: the built-in ones)."),
    SYNC_CONCURRENCY(
            "sync.concurrency",
            "JSA_SYNC_CONCURRENCY",
            "16",
            Type.range(1, 64),
            "Boards fetched at once by sync-jobs.");

    private final String key;
    private final String envVar;
    private final String defaultValue;
    private final Type type;
    private final String description;

    ConfigKey(String key, String envVar, String defaultValue, Type type, String description) {
        this.key = key;
        this.envVar = envVar;
        this.defaultValue = defaultValue;
        this.type = type;
        this.description = description;
    }

    /** The dotted name used in {@code config.yaml} and by {@code jsa config}. */
    public String key() {
        return key;
    }

    /** The environment variable that overrides the file. */
    public String envVar() {
        return envVar;
    }

    /** The built-in value, if any. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** What the setting is for, one sentence. */
    public String description() {
        return description;
    }

    /** The values the setting accepts, in words: "one of a, b", "a whole number from 1 to 64". */
    public String accepted() {
        return switch (type.kind()) {
            case TEXT -> "any text";
            case PATH -> "a path (~ means your home directory)";
            case URL -> "an http(s) URL";
            case CHOICE -> "one of " + String.join(", ", type.choices());
            case INTEGER -> "a whole number from " + type.min() + " to " + type.max();
        };
    }

    /** True for settings that name a file or directory. */
    public boolean isPath() {
        return type.kind() == Type.Kind.PATH;
    }

    /** Looks a key up by its dotted name. */
    public static Optional<ConfigKey> byName(String name) {
        return Arrays.stream(values()).filter(k -> k.key.equals(name)).findFirst();
    }

    /** The problem with {@code value} for this key, or empty when it is acceptable. */
    public Optional<String> problemWith(String value) {
        return type.problemWith(value.trim());
    }

    /** What kind of value a key takes, and how it is checked. */
    private record Type(Kind kind, List<String> choices, int min, int max) {
        enum Kind {
            TEXT,
            PATH,
            URL,
            CHOICE,
            INTEGER
        }

        static final Type TEXT = new Type(Kind.TEXT, List.of(), 0, 0);
        static final Type PATH = new Type(Kind.PATH, List.of(), 0, 0);
        static final Type URL = new Type(Kind.URL, List.of(), 0, 0);

        static Type choice(String... values) {
            return new Type(Kind.CHOICE, List.of(values), 0, 0);
        }

        static Type range(int min, int max) {
            return new Type(Kind.INTEGER, List.of(), min, max);
        }

        Optional<String> problemWith(String value) {
            if (value.isEmpty()) {
                return Optional.of("it is empty");
            }
            return switch (kind) {
                case TEXT, PATH -> Optional.empty();
                case URL -> checkUrl(value);
                case CHOICE ->
                    choices.contains(value.toLowerCase(Locale.ROOT))
                            ? Optional.empty()
                            : Optional.of("'" + value + "' is not one of " + String.join(", ", choices));
                case INTEGER -> checkRange(value);
            };
        }

        private Optional<String> checkRange(String value) {
            try {
                int number = Integer.parseInt(value);
                return number < min || number > max
                        ? Optional.of(value + " is outside " + min + ".." + max)
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of("'" + value + "' is not a whole number");
            }
        }

        private static Optional<String> checkUrl(String value) {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme();
                if (("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null) {
                    return Optional.empty();
                }
            } catch (URISyntaxException e) {
                // not a URI at all: same answer as a URI of another kind
            }
            return Optional.of("'" + value + "' is not an http(s) URL");
        }
    }
}
