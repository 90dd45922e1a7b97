package jsa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import jsa.config.ConfigKey;
import jsa.config.ConfigService;
import jsa.config.JsaPaths;
import jsa.config.Settings;
import jsa.db.Database;
import jsa.db.DatabaseMaintenance;
import jsa.db.SqliteNativeLibrary;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What commands run against: the environment, the clock, the settings and the database, created
 * lazily after parsing so that global options such as {@code --db} are known first. Tests build
 * one over a temp directory; nothing here is static.
 */
public final class AppContext {
    private final Map<String, String> env;
    private final Path home;
    private final Clock clock;
    private PrintWriter err = new PrintWriter(System.err, true);
    private Path databaseFlag;
    private Settings settings;
    private Database database;

    public AppContext(Map<String, String> env, Path home, Clock clock) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.clock = clock;
    }

    /** The context of the running process. */
    public static AppContext system() {
        // $HOME first, as shells and other tools do; Java's user.home comes from the passwd entry
        String home = System.getenv("HOME");
        Path homeDir = Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home);
        return new AppContext(System.getenv(), homeDir, Clock.systemDefaultZone());
    }

    /** The context of the command tree {@code spec} belongs to. */
    static AppContext of(CommandSpec spec) {
        return ((JsaCommand) spec.root().userObject()).context();
    }

    void useErr(PrintWriter err) {
        this.err = err;
    }

    void useDatabaseFlag(Path file) {
        this.databaseFlag = file;
    }

    public Map<String, String> env() {
        return env;
    }

    public Clock clock() {
        return clock;
    }

    /** Starts loading the database driver while the command line is parsed; see {@link Database}. */
    void warmUpDatabase() {
        Database.warmUpInBackground(JsaPaths.from(env, home).cacheDir());
    }

    /** The effective settings; warnings about the config file go to stderr once. */
    public Settings settings() {
        if (settings == null) {
            settings = Settings.load(JsaPaths.from(env, home), env);
            if (databaseFlag != null) {
                settings.withFlag(ConfigKey.DB_PATH, databaseFlag.toString());
            }
            settings.warnings().forEach(warning -> err.println("jsa: warning: " + warning));
        }
        return settings;
    }

    /** The database, opened (created and migrated when needed) on first use. */
    public Database database() {
        if (database == null) {
            SqliteNativeLibrary.useCacheDirectory(settings().paths().cacheDir());
            database = Database.open(settings().databaseFile());
        }
        return database;
    }

    public DatabaseMaintenance maintenance() {
        return new DatabaseMaintenance(database());
    }

    public ConfigService config() {
        return new ConfigService(settings());
    }
}
