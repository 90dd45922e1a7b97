package jsa.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.core.NativeDB;

import jsa.ExitStatus;
import jsa.FileProblems;

/**
 * The jsa SQLite database: one file, opened with foreign keys on, WAL, {@code synchronous=NORMAL},
 * a busy timeout and immediate write transactions on every connection, and migrated to the
 * current schema on first use. Cheap to open: when the schema is current no migration code runs.
 */
public final class Database {
    /** How long a writer waits for another process's write transaction before failing. */
    static final int BUSY_TIMEOUT_MS = 30_000;

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final int previousVersion;
    private volatile Jdbi jdbi;

    private Database(Path file, SQLiteDataSource dataSource, int previousVersion) {
        this.file = file;
        this.dataSource = dataSource;
        this.previousVersion = previousVersion;
    }

    /**
     * Opens the database at {@code file}, creating the file and its directory when missing and
     * applying pending migrations.
     *
     * @throws DatabaseException when the file cannot be created or opened, is not a SQLite
     *     database, or was written by a newer jsa
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new DatabaseException(
                    absolute + " is a directory", "point --db at a file, e.g. " + absolute.resolve("jsa.db"));
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new DatabaseException(absolute + " is not a regular file", "point --db at a database file");
        }
        createParentDirectory(absolute);
        SQLiteDataSource dataSource = dataSource(absolute);
        int previous = SchemaMigrator.migrateIfNeeded(dataSource, absolute);
        return new Database(absolute, dataSource, previous);
    }

    /**
     * Starts the database's class loading and initialization on two background daemon threads:
     * sqlite-jdbc with its native library, and Jdbi (its configuration, SQL parser, statements
     * and mappers, exercised on an in-memory database). Each takes ~60–100 ms, which would
     * otherwise follow the command-line parsing of a command about to open the database instead
     * of overlapping it. Harmless when nothing opens it: a failure is reported by the first open.
     */
    public static void warmUpInBackground(Path cacheDir) {
        warmUp("sqlite-warm-up", () -> {
            SqliteNativeLibrary.useCacheDirectory(cacheDir);
            NativeDB.load();
            // its date formats load the time zone and locale data (~30 ms)
            new SQLiteConfig();
        });
        // The connection is made at the query, so that Jdbi's part runs while the other thread
        // loads the driver; the library's location is set before, whichever thread gets there first.
        warmUp("jdbi-warm-up", () -> configured(Jdbi.create(() -> {
                    SqliteNativeLibrary.useCacheDirectory(cacheDir);
                    SQLiteDataSource memory = new SQLiteDataSource(new SQLiteConfig());
                    memory.setUrl("jdbc:sqlite::memory:");
                    return memory.getConnection();
                }))
                .withHandle(handle -> handle.createQuery("SELECT :value")
                        .bind("value", "warm-up")
                        .mapTo(String.class)
                        .one()));
    }

    private interface WarmUp {
        void run() throws Exception;
    }

    private static void warmUp(String name, WarmUp work) {
        Thread thread = new Thread(
                () -> {
                    try {
                        work.run();
                    } catch (Exception | LinkageError e) {
                        // the first open reports the problem, on the thread that can act on it
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The absolute path of the database file. */
    public Path file() {
        return file;
    }

    /** The schema version the database is at (the highest applied migration). */
    public int schemaVersion() {
        return SchemaMigrator.SCHEMA_VERSION;
    }

    /** The schema version the file had when opened: 0 when this open created the schema. */
    public int previousVersion() {
        return previousVersion;
    }

    /** The Jdbi for DAOs; each call or transaction uses its own connection. */
    public Jdbi jdbi() {
        Jdbi current = jdbi;
        if (current == null) {
            synchronized (this) {
                if (jdbi == null) {
                    jdbi = configured(Jdbi.create(dataSource));
                }
                current = jdbi;
            }
        }
        return current;
    }

    private static Jdbi configured(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        SqliteTypes.register(jdbi);
        return jdbi;
    }

    /** A new JDBC connection with the database's settings; the caller closes it. */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, e);
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Take the write lock at BEGIN: a deferred transaction that reads and then writes can
        // fail with SQLITE_BUSY at once (no busy wait) when another process wrote meanwhile.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(jdbcUrl(file));
        return dataSource;
    }

    /**
     * The JDBC URL of {@code file}. sqlite-jdbc reads what follows a {@code ?} as connection
     * options, so such paths are refused rather than silently opening another file.
     */
    static String jdbcUrl(Path file) {
        if (file.toString().contains("?")) {
            throw new DatabaseException(
                    "the path " + file + " contains '?', which the SQLite driver reads as options",
                    "choose a path without '?'",
                    ExitStatus.USAGE,
                    null);
        }
        return "jdbc:sqlite:" + file;
    }

    private static void createParentDirectory(Path file) {
        Path parent = file.getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new DatabaseException(
                    "cannot create the database directory " + parent + " (" + FileProblems.describe(e) + ")",
                    "choose another location with --db PATH or JSA_DB");
        }
    }
}
