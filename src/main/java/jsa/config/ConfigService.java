package jsa.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jsa.EditDistance;
import jsa.ExitStatus;

/** The {@code jsa config} operations over the config file and the effective settings. */
public final class ConfigService {
    private final Settings settings;
    private final ConfigFile file;

    public ConfigService(Settings settings) {
        this.settings = settings;
        this.file = new ConfigFile(settings.paths().configFile());
    }

    /**
     * The effective value of {@code name}.
     *
     * @throws ConfigException for an unknown key or when nothing sets the key (exit 1)
     */
    public Setting get(String name) {
        ConfigKey key = known(name);
        Setting setting = settings.get(key);
        setting.checkedValue();
        if (!setting.isSet()) {
            throw new ConfigException(
                    name + " is not set", "set it with 'jsa config set " + name + " VALUE'", ExitStatus.FAILURE);
        }
        return setting;
    }

    /** Every key with its effective value and source, in key order; invalid env values included. */
    public List<Setting> list() {
        return Arrays.stream(ConfigKey.values())
                .sorted(Comparator.comparing(ConfigKey::key))
                .map(settings::get)
                .toList();
    }

    /**
     * Writes {@code name: value} to the config file. A relative path is stored as an absolute
     * one: it means the file where the user ran the command, not one in every directory.
     *
     * @return the setting now in effect, which an env var may still override
     * @throws ConfigException for a secret, an unknown key or an unacceptable value
     */
    public Setting set(String name, String value) {
        ConfigKey key = known(name);
        key.problemWith(value).ifPresent(problem -> {
            throw new ConfigException("invalid value for " + name + ": " + problem, "use " + key.accepted());
        });
        String stored = value.trim();
        if (key.isPath() && !stored.startsWith("~")) {
            stored = Path.of(stored).toAbsolutePath().normalize().toString();
        }
        Map<String, String> entries = file.read();
        entries.put(name, stored);
        file.write(entries);
        return settings.reload().get(key);
    }

    /**
     * Removes {@code name} from the config file; any entry the file has, so that the secrets and
     * unknown entries the warnings point at can be removed too.
     *
     * @return false when the file did not set it
     * @throws ConfigException when the file does not have it and it is no known setting
     */
    public boolean unset(String name) {
        Map<String, String> entries = file.read();
        if (entries.remove(name) == null) {
            known(name);
            return false;
        }
        file.write(entries);
        return true;
    }

    private static ConfigKey known(String name) {
        Optional<ConfigKey> key = ConfigKey.byName(name);
        if (key.isPresent()) {
            return key.get();
        }
        if (Settings.SECRET.matcher(name).matches()) {
            throw new ConfigException(
                    "'" + name + "' looks like a secret, and jsa never stores secrets",
                    "export it as an environment variable, e.g. ANTHROPIC_API_KEY or OPENAI_API_KEY");
        }
        throw new ConfigException("unknown setting '" + name + "'", closest(name));
    }

    private static String closest(String name) {
        return Arrays.stream(ConfigKey.values())
                .map(ConfigKey::key)
                .min(Comparator.comparingInt(k -> EditDistance.between(k, name)))
                .filter(k -> EditDistance.between(k, name) <= Math.max(3, name.length() / 3))
                .map(k -> "did you mean '" + k + "'? ('jsa config list' shows every setting)")
                .orElse("'jsa config list' shows every setting");
    }
}
