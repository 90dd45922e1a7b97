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
import org.sqlite.SQLiteDataSource;

import jsa.ExitStatus;

/**
 * Brings a database to {@link #SCHEMA_VERSION} with the Flyway migrations in
 * {@code db/migration}. Flyway costs ~150–200 ms per start, so it only runs when the recorded
 * version is behind. A migration that rebuilds a table must start with
 * {@code PRAGMA foreign_keys = OFF} (and end with {@code PRAGMA foreign_key_check;
 * PRAGMA foreign_keys = ON}), or {@code DROP TABLE} cascades and silently deletes child rows.
 */
final class SchemaMigrator {
    /** The highest migration version shipped in {@code src/main/resources/db/migration}. */
    static final int SCHEMA_VERSION = 1;

    private static final String HISTORY_TABLE = "flyway_schema_history";

    /**
     * A {@link FileLock} is held by the whole JVM: a second thread asking for it gets an
     * {@link java.nio.channels.OverlappingFileLockException} instead of waiting, so threads of
     * one process queue here first.
     */
    private static final Object PROCESS_LOCK = new Object();

    private SchemaMigrator() {}

    /** Migrates when needed and returns the schema version the database had before. */
    static int migrateIfNeeded(SQLiteDataSource dataSource, Path file) {
        int current = versionBeforeLocking(dataSource, file);
        if (current == SCHEMA_VERSION) {
            return current;
        }
        rejectNewer(current, file);
        // Two first commands at once would both try to create the schema: serialize them.
        Path lockFile = file.resolveSibling(file.getFileName() + ".migrate-lock");
        synchronized (PROCESS_LOCK) {
            try {
                return migrateLocked(dataSource, file, lockFile);
            } finally {
                // Waiters re-check the version after locking. Only after a failed migration could a
                // waiter and a newcomer both migrate; the loser fails and its next run finds it done.
                try {
                    Files.deleteIfExists(lockFile);
                } catch (IOException ignored) {
                    // a leftover lock file is harmless
                }
            }
        }
    }

    @SuppressWarnings("try") // the lock is held for the block, never read
    private static int migrateLocked(SQLiteDataSource dataSource, Path file, Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            int current = currentVersion(dataSource, file);
            rejectNewer(current, file);
            if (current < SCHEMA_VERSION) {
                migrate(dataSource, file);
            }
            return current;
        } catch (IOException e) {
            throw new DatabaseException(
                    "cannot lock " + lockFile + " to migrate the database (" + e.getMessage() + ")",
                    "check that the directory is writable");
        }
    }

    /**
     * The version, or -1 when another connection is creating the database: while its journal
     * mode switches to WAL, SQLite answers SQLITE_BUSY at once, without waiting out the busy
     * timeout. The migration lock then waits for the creator to finish.
     */
    private static int versionBeforeLocking(SQLiteDataSource dataSource, Path file) {
        try {
            return queryVersion(dataSource);
        } catch (SQLException e) {
            if (SqliteErrors.isBusy(e)) {
                return -1;
            }
            throw SqliteErrors.translate(file, e);
        }
    }

    /** The highest applied migration, 0 for a database jsa has never migrated. */
    static int currentVersion(SQLiteDataSource dataSource, Path file) {
        try {
            return queryVersion(dataSource);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, e);
        }
    }

    private static int queryVersion(SQLiteDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + HISTORY_TABLE + "'")) {
                if (!tables.next()) {
                    return 0;
                }
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
