package jsa.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The effective configuration: for each {@link ConfigKey}, a command-line flag wins over the
 * environment variable, which wins over {@code config.yaml}, which wins over the default.
 * Unknown or secret-looking entries in the file are ignored with a warning.
 */
public final class Settings {
    /**
     * Names with a part that says credential ({@code anthropic.api-key}, {@code access_token});
     * such values are refused everywhere but env vars. {@code max_tokens} is not one.
     */
    static final Pattern SECRET = Pattern.compile(
            "(?i)(.*[._-])?(api[._-]?key|apikey|key|token|secret|password|passwd|credentials?)([._-].*)?");

    private final JsaPaths paths;
    private final Map<ConfigKey, String> file;
    private final Map<String, String> env;
    private final Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
    private final List<String> warnings = new ArrayList<>();

    private Settings(JsaPaths paths, Map<String, String> fileEntries, Map<String, String> env) {
        this.paths = paths;
        this.env = env;
        this.file = new EnumMap<>(ConfigKey.class);
        fileEntries.forEach((name, value) -> {
            Optional<ConfigKey> key = ConfigKey.byName(name);
            if (SECRET.matcher(name).matches()) {
                warnings.add("ignoring '" + name + "' in " + paths.configFile()
                        + ": secrets are read from environment variables only; remove it from the file");
            } else if (key.isEmpty()) {
                warnings.add(
                        "ignoring unknown setting '" + name + "' in " + paths.configFile() + "; see 'jsa config list'");
            } else if (key.get().problemWith(value).isPresent()) {
                warnings.add("ignoring " + name + " in " + paths.configFile() + ": "
                        + key.get().problemWith(value).get());
            } else {
                file.put(key.get(), value.trim());
            }
        });
    }

    /** Reads {@code paths.configFile()} and the environment. */
    public static Settings load(JsaPaths paths, Map<String, String> env) {
        return new Settings(paths, new ConfigFile(paths.configFile()).read(), env);
    }

    /** The same environment and flags over a fresh read of the config file. */
    public Settings reload() {
        Settings fresh = load(paths, env);
        fresh.flags.putAll(flags);
        return fresh;
    }

    public JsaPaths paths() {
        return paths;
    }

    /** Problems found in the config file, for the CLI to print on stderr. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Sets the value a command-line flag gave; it wins over every other layer.
     *
     * @throws ConfigException when the value is not acceptable for the key
     */
    public Settings withFlag(ConfigKey key, String value) {
        if (value != null) {
            key.problemWith(value).ifPresent(problem -> {
                throw new ConfigException("invalid value for " + key.key() + ": " + problem, "use " + key.accepted());
            });
            flags.put(key, value.trim());
        }
        return this;
    }

    /** The effective value of {@code key} and its source. */
    public Setting get(ConfigKey key) {
        if (flags.containsKey(key)) {
            return new Setting(key, flags.get(key), Setting.Source.FLAG);
        }
        String fromEnv = env.get(key.envVar());
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Setting(
                    key,
                    fromEnv.trim(),
                    Setting.Source.ENV,
                    key.problemWith(fromEnv).orElse(null));
        }
        if (file.containsKey(key)) {
            return new Setting(key, file.get(key), Setting.Source.FILE);
        }
        if (key == ConfigKey.DB_PATH) {
            return new Setting(key, paths.defaultDatabase().toString(), Setting.Source.DEFAULT);
        }
        return new Setting(key, key.defaultValue().orElse(null), Setting.Source.DEFAULT);
    }

    /**
     * The effective value, or empty when unset.
     *
     * @throws ConfigException when an environment variable sets an unacceptable value
     */
    public Optional<String> value(ConfigKey key) {
        return Optional.ofNullable(get(key).checkedValue());
    }

    /** The effective value as a path ({@code ~} expanded), or empty when unset. */
    public Optional<Path> path(ConfigKey key) {
        return value(key).map(paths::expand);
    }

    /** The database file to use. */
    public Path databaseFile() {
        return path(ConfigKey.DB_PATH).orElseThrow();
    }
}
