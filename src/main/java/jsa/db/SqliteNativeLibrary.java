package jsa.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps sqlite-jdbc's native library in jsa's cache directory. By default sqlite-jdbc copies the
 * 1.1 MB library out of the jar into the temp directory on every start (~50 ms of each
 * command); extracting it once and pointing {@code org.sqlite.lib.path} at the copy avoids that.
 */
public final class SqliteNativeLibrary {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {}

    /**
     * Points sqlite-jdbc at a copy of its native library under {@code cacheDir}, extracting it on
     * first use (the warm-up threads and the main thread may all ask). Does nothing when the
     * library was configured otherwise, and falls back to sqlite-jdbc's own extraction when the
     * copy cannot be made.
     */
    public static synchronized void useCacheDirectory(Path cacheDir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String name = System.mapLibraryName("sqlitejdbc");
        // Keyed by what Java knows for free: sqlite-jdbc's own platform probe starts a process.
        Path directory = cacheDir.resolve("sqlite-" + SQLiteJDBCLoader.getVersion())
                .resolve(System.getProperty("os.name") + "-" + System.getProperty("os.arch"));
        Path library = directory.resolve(name);
        try {
            if (!Files.isRegularFile(library)) {
                String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
                if (!extract(resource, directory, library)) {
                    return;
                }
            }
        } catch (IOException e) {
            return;
        }
        System.setProperty(PATH_PROPERTY, directory.toString());
        System.setProperty(NAME_PROPERTY, name);
    }

    private static boolean extract(String resource, Path directory, Path library) throws IOException {
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, ".sqlitejdbc", ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
            return true;
        }
    }
}
