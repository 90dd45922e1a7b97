package jsa.db;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sqlite.SQLiteDataSource;

import jsa.FileProblems;

/** Checks, copies and describes a {@link Database}; safe while other jsa processes use it. */
public final class DatabaseMaintenance {
    private final Database database;

    public DatabaseMaintenance(Database database) {
        this.database = database;
    }

    /** Runs {@code PRAGMA integrity_check} and {@code PRAGMA foreign_key_check}. */
    public IntegrityReport check() {
        try (Connection connection = database.connection()) {
            return check(connection);
        } catch (SQLException e) {
            throw SqliteErrors.translate(database.file(), e);
        }
    }

    /**
     * Writes a consistent copy of the database to {@code target} with {@code VACUUM INTO} (a read
     * transaction, so writers in other processes go on), verifies the copy with
     * {@code integrity_check}, then moves it into place.
     *
     * @param overwrite replace an existing {@code target}; without it an existing file is an error
     * @return the size of the copy in bytes
     */
    public long backup(Path target, boolean overwrite) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new DatabaseException(
                    absolute + " is a directory", "name a file, e.g. " + absolute.resolve("jsa.db"));
        }
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new DatabaseException("the directory of " + absolute + " does not exist", "create it first");
        }
        refuseTheDatabaseFiles(absolute);
        if (Files.exists(absolute) && !overwrite) {
            throw new DatabaseException(
                    absolute + " already exists", "pass --force to replace it or name another file");
        }
        Path partial = directory.resolve("." + absolute.getFileName() + ".partial-"
                + ProcessHandle.current().pid());
        String url = Database.jdbcUrl(partial);
        try (Connection connection = database.connection()) {
            Files.deleteIfExists(partial);
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            } catch (SQLException e) {
                throw new DatabaseException(
                        "cannot write the backup " + absolute + " (" + e.getMessage() + ")",
                        "check the directory's permissions and free space");
            }
            verifyCopy(url, absolute);
            moveIntoPlace(partial, absolute);
            return Files.size(absolute);
        } catch (SQLException e) {
            throw SqliteErrors.translate(database.file(), e);
        } catch (IOException e) {
            throw new DatabaseException(
                    "cannot write the backup " + absolute + " (" + FileProblems.describe(e) + ")",
                    "check the directory's permissions and free space");
        } finally {
            deleteQuietly(partial);
        }
    }

    // The database, its WAL and shared-memory files, and the migration lock, also through
    // symbolic or hard links: replacing any of them would lose or corrupt data.
    private void refuseTheDatabaseFiles(Path target) {
        try {
            Path database = this.database.file().toRealPath();
            Path real = target.getParent().toRealPath().resolve(target.getFileName());
            for (String suffix : List.of("", "-wal", "-shm", "-journal", ".migrate-lock")) {
                Path file = database.resolveSibling(database.getFileName() + suffix);
                if (real.equals(file) || (Files.exists(real) && Files.exists(file) && Files.isSameFile(real, file))) {
                    throw new DatabaseException(
                            "the backup target " + target + " is "
                                    + (suffix.isEmpty()
                                            ? "the database itself"
                                            : "one of the database's own files (" + file.getFileName() + ")"),
                            "name another file");
                }
            }
        } catch (IOException e) {
            throw new DatabaseException(
                    "cannot resolve " + target + " (" + FileProblems.describe(e) + ")", "name another file");
        }
    }

    /** Size, versions and row counts of the database. */
    public DatabaseInfo info() {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rs =
                        statement.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    counts.put(table, rs.next() ? rs.getLong(1) : 0L);
                }
            }
            return new DatabaseInfo(
                    database.file(),
                    Files.size(database.file()),
                    database.schemaVersion(),
                    single(statement, "SELECT sqlite_version()"),
                    single(statement, "PRAGMA journal_mode"),
                    counts);
        } catch (SQLException e) {
            throw SqliteErrors.translate(database.file(), e);
        } catch (IOException e) {
            throw new DatabaseException(
                    "cannot read the size of " + database.file() + " (" + FileProblems.describe(e) + ")",
                    "check the file's permissions");
        }
    }

    private static IntegrityReport check(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(line);
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    violations.add(rs.getString("table") + " rowid " + rs.getLong("rowid") + " -> missing "
                            + rs.getString("parent") + " row");
                }
            }
        }
        return new IntegrityReport(problems, violations);
    }

    private static void verifyCopy(String url, Path target) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(url);
        try (Connection connection = dataSource.getConnection()) {
            IntegrityReport report = check(connection);
            if (!report.ok()) {
                throw new DatabaseException(
                        "the backup failed its integrity check: " + String.join(", ", report.integrityProblems()),
                        "run 'jsa db check' on the database");
            }
        } catch (SQLException e) {
            throw new DatabaseException(
                    "cannot verify the backup " + target + " (" + e.getMessage() + ")",
                    "check the directory's permissions and free space");
        }
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover hidden partial file is harmless and named after this process
        }
    }
}
