package jsa.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where jsa keeps its files, following the XDG base directory spec: data in {@code $JSA_HOME}
 * (default {@code $XDG_DATA_HOME/jsa}, i.e. {@code ~/.local/share/jsa}), configuration in
 * {@code $XDG_CONFIG_HOME/jsa/config.yaml} ({@code ~/.config/jsa}).
 *
 * @param dataHome the data directory ({@code JSA_HOME})
 * @param configFile the configuration file
 * @param cacheDir disposable files that make jsa start faster ({@code $XDG_CACHE_HOME/jsa})
 * @param home the user's home directory, for {@code ~} in configured paths
 */
public record JsaPaths(Path dataHome, Path configFile, Path cacheDir, Path home) {

    /** Resolves the paths from environment variables, falling back to {@code home}. */
    public static JsaPaths from(Map<String, String> env, Path home) {
        Path dataHome = nonBlank(env.get("JSA_HOME")) != null
                ? expand(env.get("JSA_HOME"), home)
                : xdg(env, "XDG_DATA_HOME", home, ".local/share").resolve("jsa");
        Path configFile =
                xdg(env, "XDG_CONFIG_HOME", home, ".config").resolve("jsa").resolve("config.yaml");
        Path cacheDir = xdg(env, "XDG_CACHE_HOME", home, ".cache").resolve("jsa");
        return new JsaPaths(dataHome, configFile, cacheDir, home);
    }

    /** The default database file, {@code $JSA_HOME/jsa.db}. */
    public Path defaultDatabase() {
        return dataHome.resolve("jsa.db");
    }

    /** {@code value} as a path, with a leading {@code ~} replaced by the home directory. */
    public Path expand(String value) {
        return expand(value, home);
    }

    private static Path expand(String value, Path home) {
        if (value.equals("~")) {
            return home;
        }
        if (value.startsWith("~/")) {
            return home.resolve(value.substring(2));
        }
        return Path.of(value);
    }

    // The spec says relative XDG values are invalid and must be ignored.
    private static Path xdg(Map<String, String> env, String variable, Path home, String fallback) {
        String value = nonBlank(env.get(variable));
        if (value != null && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return home.resolve(fallback);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
