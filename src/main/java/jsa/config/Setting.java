package jsa.config;

import java.util.Locale;

/**
 * The effective value of a {@link ConfigKey} and where it came from.
 *
 * @param key the setting
 * @param value the value, or {@code null} when nothing sets it and it has no default
 * @param source which layer won
 */
public record Setting(ConfigKey key, String value, Source source) {

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
}
