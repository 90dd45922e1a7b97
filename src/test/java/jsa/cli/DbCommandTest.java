package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;
import jsa.db.Database;

class DbCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkPassesOnAHealthyDatabase() {
        Result result = new CliRunner(dir).run("db", "check");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("integrity_check: ok%nforeign_key_check: ok%n".formatted());
    }

    @Test
    void checkFailsOnForeignKeyViolations() throws SQLException {
        CliRunner cli = new CliRunner(dir);
        cli.run("init");
        try (Connection connection = Database.open(cli.defaultDatabase()).connection();
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute(
                    "INSERT INTO requirement (job_id, position, text, relevance) VALUES (42, 0, 'Java', 0.9)");
        }

        Result result = cli.run("db", "check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("foreign_key_check: FAILED", "requirement rowid 1 -> missing job row");
        assertThat(result.err()).startsWith("jsa: error: the database failed its checks;");
    }

    @Test
    void checkFailsOnACorruptFile() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Path db = cli.defaultDatabase();
        try (Connection connection = Database.open(db).connection();
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            // page 2 onwards holds the schema's tables and indexes; scribble over two pages
            file.seek(4096 + 8);
            file.write(new byte[8000]);
        }

        Result result = cli.run("db", "check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("jsa: error: the database " + db + " is corrupt; restore a backup made with"
                        + " 'jsa db backup', or save what you can with sqlite3's .recover" + System.lineSeparator());
    }

    @Test
    void backupWritesAConsistentCopyWhileAnotherProcessWrites() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Database database = Database.open(cli.defaultDatabase());
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            try (Connection connection = database.connection();
                    Statement statement = connection.createStatement()) {
                while (writing.get()) {
                    statement.execute("INSERT INTO search_config (search_term) VALUES ('term "
                            + written.incrementAndGet() + "')");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Path target = dir.resolve("backups/copy.db");
        target.getParent().toFile().mkdirs();

        Result result;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (written.get() < 50 && writer.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            result = cli.run("db", "backup", target.toString());
        } finally {
            writing.set(false);
            writer.join();
        }

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo(target.toString());
        Result copyCheck = cli.run("--db", target.toString(), "db", "check");
        assertThat(copyCheck.exitCode()).isZero();
        assertThat(rowCount(target, "search_config")).isBetween(50L, (long) written.get());
    }

    @Test
    void backupRefusesToOverwriteWithoutForce() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Path target = dir.resolve("copy.db");
        assertThat(cli.run("db", "backup", target.toString()).exitCode()).isZero();

        Result again = cli.run("db", "backup", target.toString());
        Result forced = cli.run("db", "backup", "--force", target.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err())
                .isEqualTo("jsa: error: " + target + " already exists; pass --force to replace it or"
                        + " name another file" + System.lineSeparator());
        assertThat(forced.exitCode()).isZero();
    }

    @Test
    void backupOntoTheDatabaseItselfIsRefused() {
        CliRunner cli = new CliRunner(dir);

        Result result = cli.run("db", "backup", "--force", cli.defaultDatabase().toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("is the database itself");
    }

    @Test
    void infoShowsSchemaAndRowCounts() throws SQLException {
        CliRunner cli = new CliRunner(dir);
        try (Connection connection = Database.open(cli.defaultDatabase()).connection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO company (name, platform) VALUES ('Stripe', 'greenhouse')");
        }

        Result result = cli.run("db", "info");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("path     " + cli.defaultDatabase(), "schema   3", "journal  wal");
        assertThat(result.out()).containsPattern("(?m)^company +1$").containsPattern("(?m)^job +0$");
    }

    private static long rowCount(Path db, String table) throws SQLException {
        try (Connection connection = Database.open(db).connection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void backupRefusesTheDatabaseAndItsFilesThroughALink() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.run("init");
        Path link = Files.createSymbolicLink(dir.resolve("link"), cli.dataHome());

        Result itself =
                cli.run("db", "backup", "--force", link.resolve("jsa.db").toString());
        Result wal = cli.run(
                "db", "backup", "--force", cli.dataHome().resolve("jsa.db-wal").toString());

        assertThat(itself.exitCode()).isEqualTo(1);
        assertThat(itself.err()).contains("is the database itself");
        assertThat(wal.exitCode()).isEqualTo(1);
        assertThat(wal.err()).contains("one of the database's own files (jsa.db-wal)");
        assertThat(cli.run("db", "check").exitCode()).isZero();
    }

    @Test
    void aBackupThatCannotBeWrittenNamesTheTarget() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Path target = Path.of("/proc/jsa-backup.db");

        Result result = cli.run("db", "backup", target.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("jsa: error: cannot write the backup " + target);
    }
}
