package jsa.config;

import java.util.Locale;

/**
 * The effective value of a {@link ConfigKey} and where it came from.
 *
 * @param key the setting
 * @param value the value, or {@code null} when nothing sets it and it has no default
 * @param source which layer won
 * @param problem why the value is not acceptable (an env var can hold anything), or {@code null}
 */
public record Setting(ConfigKey key, String value, Source source, String problem) {

    public Setting(ConfigKey key, String value, Source source) {
        this(key, value, source, null);
    }

    /** The layers that can set a value, weakest first. */
    public enum Source {
        DEFAULT,
        FILE,
        ENV,
        FLAG;

        /** The lower-case label shown by {@code jsa config list}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** True when some layer or a default gives a value. */
    public boolean isSet() {
        return value != null;
    }

    /**
     * The value, checked.
     *
     * @throws ConfigException when the environment variable that set it holds an unacceptable value
     */
    public String checkedValue() {
        if (problem != null) {
            throw new ConfigException(
                    "invalid value in $" + key.envVar() + ": " + problem,
                    "fix or unset the environment variable; " + key.key() + " takes " + key.accepted());
        }
        return value;
    }
}
