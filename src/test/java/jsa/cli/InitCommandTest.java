package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void createsTheDatabaseInJsaHomeAndPrintsItsPath() {
        CliRunner cli = new CliRunner(dir);

        Result result = cli.run("init");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(cli.defaultDatabase() + System.lineSeparator());
        assertThat(result.err()).isEqualTo("jsa: database created (schema 3)" + System.lineSeparator());
        assertThat(cli.defaultDatabase()).isRegularFile();
    }

    @Test
    void secondInitFindsTheSchemaCurrent() {
        CliRunner cli = new CliRunner(dir);
        cli.run("init");

        Result again = cli.run("init");

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("up to date");
    }

    @Test
    void jsaHomeDefaultsToTheXdgDataDirectory() {
        CliRunner cli = new CliRunner(dir)
                .env("JSA_HOME", null)
                .env("XDG_DATA_HOME", dir.resolve("xdg").toString());

        Result result = cli.run("init");

        assertThat(result.out().strip()).isEqualTo(dir.resolve("xdg/jsa/jsa.db").toString());
    }

    @Test
    void withoutXdgDataHomeTheDatabaseGoesUnderTheHomeDirectory() {
        CliRunner cli = new CliRunner(dir).env("JSA_HOME", null);

        Result result = cli.run("init");

        assertThat(result.out().strip())
                .isEqualTo(cli.home().resolve(".local/share/jsa/jsa.db").toString());
    }

    @Test
    void flagBeatsEnvironmentBeatsConfigFile() {
        Path fromFile = dir.resolve("file.db");
        Path fromEnv = dir.resolve("env.db");
        Path fromFlag = dir.resolve("flag.db");
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("config", "set", "db.path", fromFile.toString()).exitCode())
                .isZero();

        assertThat(cli.run("init").out().strip()).isEqualTo(fromFile.toString());
        cli.env("JSA_DB", fromEnv.toString());
        assertThat(cli.run("init").out().strip()).isEqualTo(fromEnv.toString());
        assertThat(cli.run("init", "--db", fromFlag.toString()).out().strip()).isEqualTo(fromFlag.toString());
        assertThat(fromFile).exists();
        assertThat(fromEnv).exists();
        assertThat(fromFlag).exists();
    }

    @Test
    void tildeInAConfiguredPathMeansHome() {
        CliRunner cli = new CliRunner(dir);
        cli.run("config", "set", "db.path", "~/jobs/search.db");

        Result result = cli.run("init");

        assertThat(result.out().strip())
                .isEqualTo(cli.home().resolve("jobs/search.db").toString());
    }

    @Test
    void anUncreatableDirectoryIsAOneLineError() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a directory should be");

        Result result = new CliRunner(dir)
                .run("init", "--db", blocker.resolve("sub/jsa.db").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("jsa: error: cannot create the database directory " + blocker.resolve("sub"))
                .endsWith("choose another location with --db PATH or JSA_DB");
    }

    @Test
    void aDirectoryIsNotADatabase() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("folder"));

        Result result = new CliRunner(dir).run("init", "--db", directory.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("jsa: error: " + directory + " is a directory; point --db at a file, e.g. "
                        + directory.resolve("jsa.db") + System.lineSeparator());
    }

    @Test
    void aQuestionMarkInThePathIsRefusedNotReadAsOptions() {
        Path odd = dir.resolve("a?journal_mode=DELETE.db");

        Result result = new CliRunner(dir).run("init", "--db", odd.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("contains '?'");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path other = dir.resolve("other-app.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            statement.execute("INSERT INTO notes (text) VALUES ('keep me')");
        }
        byte[] before = Files.readAllBytes(other);

        Result result = new CliRunner(dir).run("init", "--db", other.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("is a SQLite database of another program");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(dir.resolve("other-app.db-wal")).doesNotExist();
    }
}
