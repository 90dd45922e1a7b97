package jsa.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import jsa.ExitStatus;
import jsa.FileProblems;

/**
 * Brings a database to {@link #SCHEMA_VERSION} with the Flyway migrations in
 * {@code db/migration}. Flyway costs ~150–200 ms per start, so it only runs when the recorded
 * version is behind. A migration that rebuilds a table must start with
 * {@code PRAGMA foreign_keys = OFF} (and end with {@code PRAGMA foreign_key_check;
 * PRAGMA foreign_keys = ON}), or {@code DROP TABLE} cascades and silently deletes child rows.
 */
final class SchemaMigrator {
    /** The highest migration version shipped in {@code src/main/resources/db/migration}. */
    static final int SCHEMA_VERSION = 3;

    private static final String HISTORY_TABLE = "flyway_schema_history";

    /**
     * A {@link FileLock} is held by the whole JVM: a second thread asking for it gets an
     * {@link java.nio.channels.OverlappingFileLockException} instead of waiting, so threads of
     * one process queue here first.
     */
    private static final Object PROCESS_LOCK = new Object();

    private SchemaMigrator() {}

    /**
     * Migrates when needed and returns the schema version the database had before. The file is
     * inspected on a plain connection first, so a file jsa refuses (another program's database,
     * a newer schema) is left exactly as it was.
     */
    static int migrateIfNeeded(SQLiteDataSource dataSource, Path file) {
        int current = versionBeforeLocking(file);
        if (current == SCHEMA_VERSION) {
            return current;
        }
        rejectNewer(current, file);
        // Two first commands at once would both try to create the schema: serialize them. The
        // lock file stays: deleting it would let a waiter and a newcomer lock different files.
        Path lockFile = file.resolveSibling(file.getFileName() + ".migrate-lock");
        synchronized (PROCESS_LOCK) {
            return migrateLocked(dataSource, file, lockFile);
        }
    }

    @SuppressWarnings("try") // the lock is held for the block, never read
    private static int migrateLocked(SQLiteDataSource dataSource, Path file, Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            int current = currentVersion(file);
            rejectNewer(current, file);
            if (current < SCHEMA_VERSION) {
                migrate(dataSource, file);
            }
            return current;
        } catch (IOException e) {
            throw new DatabaseException(
                    "cannot lock " + lockFile + " to migrate the database (" + FileProblems.describe(e) + ")",
                    "check that the directory is writable");
        }
    }

    /**
     * The version, or -1 when another connection is creating the database and SQLite answers
     * SQLITE_BUSY at once (a journal-mode switch waits for no busy timeout). The migration lock
     * then waits for the creator to finish.
     */
    private static int versionBeforeLocking(Path file) {
        try {
            return queryVersion(file);
        } catch (SQLException e) {
            if (SqliteErrors.isBusy(e)) {
                return -1;
            }
            throw SqliteErrors.translate(file, e);
        }
    }

    /** The highest applied migration, 0 for a new or empty file. */
    private static int currentVersion(Path file) {
        try {
            return queryVersion(file);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, e);
        }
    }

    // A plain connection: it sets no journal mode, and reading changes nothing in the file.
    private static int queryVersion(Path file) throws SQLException {
        if (!Files.exists(file)) {
            return 0;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        SQLiteDataSource plain = new SQLiteDataSource(config);
        plain.setUrl(Database.jdbcUrl(file));
        try (Connection connection = plain.getConnection();
                Statement statement = connection.createStatement()) {
            boolean history;
            boolean otherTables;
            try (ResultSet tables = statement.executeQuery("SELECT count(*) FILTER (WHERE name = '" + HISTORY_TABLE
                    + "'), count(*) FILTER (WHERE name <> '" + HISTORY_TABLE + "' AND name NOT LIKE 'sqlite_%')"
                    + " FROM sqlite_master WHERE type = 'table'")) {
                tables.next();
                history = tables.getInt(1) > 0;
                otherTables = tables.getInt(2) > 0;
            }
            if (!history) {
                if (otherTables) {
                    throw new DatabaseException(
                            file + " is a SQLite database of another program (it has tables but no jsa schema history)",
                            "point --db at a jsa database or at a new file");
                }
                return 0;
            }
            try (ResultSet version = statement.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM " + HISTORY_TABLE
                    + " WHERE success = 1 AND version IS NOT NULL")) {
                return version.next() ? version.getInt(1) : 0;
            }
        }
    }

    private static void rejectNewer(int current, Path file) {
        if (current > SCHEMA_VERSION) {
            throw new DatabaseException(
                    file + " has schema version " + current + ", newer than this jsa knows (" + SCHEMA_VERSION + ")",
                    "upgrade jsa, or point --db at another database");
        }
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw SqliteErrors.translate(file, sql);
            }
            throw new DatabaseException(
                    "cannot migrate " + file + " to schema version " + SCHEMA_VERSION + ": " + e.getMessage(),
                    "restore a backup or point --db at another database",
                    ExitStatus.FAILURE,
                    e);
        }
    }
}
