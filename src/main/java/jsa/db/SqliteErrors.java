package jsa.db;

import java.nio.file.Path;
import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import jsa.ExitStatus;

/** Turns SQLite failures into user-facing {@link DatabaseException}s. */
public final class SqliteErrors {
    private SqliteErrors() {}

    /** True when {@code e} means another connection holds the lock SQLite needed. */
    public static boolean isBusy(SQLException e) {
        SQLiteErrorCode code = primaryCode(e);
        return code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED;
    }

    /** The exception to throw for {@code e}, raised while working on the database {@code file}. */
    public static DatabaseException translate(Path file, SQLException e) {
        SQLiteErrorCode code = primaryCode(e);
        if (code == null) {
            return new DatabaseException(
                    "database error on " + file + ": " + e.getMessage(), null, ExitStatus.INTERNAL, e);
        }
        return switch (code) {
            case SQLITE_NOTADB ->
                new DatabaseException(
                        file + " is not a SQLite database",
                        "point --db or JSA_DB at a jsa database file",
                        ExitStatus.FAILURE,
                        e);
            case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY ->
                new DatabaseException(
                        "cannot open " + file + " for writing",
                        "check the file's permissions or choose another --db",
                        ExitStatus.FAILURE,
                        e);
            case SQLITE_BUSY, SQLITE_LOCKED ->
                new DatabaseException(
                        "the database " + file + " stayed locked by another jsa process for "
                                + Database.BUSY_TIMEOUT_MS / 1000 + " s",
                        "retry when the other command has finished",
                        ExitStatus.UNAVAILABLE,
                        e);
            case SQLITE_CORRUPT ->
                new DatabaseException(
                        "the database " + file + " is corrupt",
                        "restore a backup made with 'jsa db backup', or save what you can with sqlite3's .recover",
                        ExitStatus.FAILURE,
                        e);
            case SQLITE_FULL, SQLITE_IOERR ->
                new DatabaseException(
                        "cannot write " + file + " (" + code.message + ")",
                        "free disk space or choose another --db",
                        ExitStatus.FAILURE,
                        e);
            default ->
                new DatabaseException("database error on " + file + ": " + code.message, null, ExitStatus.INTERNAL, e);
        };
    }

    // extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE, ...) share their primary's low byte
    private static SQLiteErrorCode primaryCode(SQLException e) {
        return e instanceof SQLiteException sqlite
                ? SQLiteErrorCode.getErrorCode(sqlite.getResultCode().code & 0xff)
                : null;
    }
}
