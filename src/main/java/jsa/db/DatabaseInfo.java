package jsa.db;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Facts about a database file.
 *
 * @param file the database file
 * @param sizeBytes the file's size, not counting the WAL
 * @param schemaVersion the applied schema version
 * @param sqliteVersion the SQLite library version
 * @param journalMode the journal mode ({@code wal})
 * @param rowCounts rows per table, sorted by table name
 */
public record DatabaseInfo(
        Path file,
        long sizeBytes,
        int schemaVersion,
        String sqliteVersion,
        String journalMode,
        Map<String, Long> rowCounts) {
    public DatabaseInfo {
        rowCounts = Collections.unmodifiableMap(new TreeMap<>(rowCounts));
    }
}
