package jsa.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.jline.terminal.Terminal;

import jsa.db.Database;

/**
 * Runs {@code jsa} in-process, as {@link Main} does, against a sandbox: data, config and cache
 * directories under a temp dir and an environment of the test's choosing.
 */
final class CliRunner {
    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {}

    private final Path sandbox;
    private final Map<String, String> env = new HashMap<>();
    private Terminal terminal;
    private String stdin = "";

    CliRunner(Path sandbox) {
        this.sandbox = sandbox;
        env.put("HOME", home().toString());
        env.put("JSA_HOME", dataHome().toString());
        env.put("XDG_CONFIG_HOME", sandbox.resolve("config").toString());
        env.put("XDG_CACHE_HOME", sandbox.resolve("cache").toString());
        env.put("NO_COLOR", "1");
    }

    CliRunner env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /** What the next runs read from stdin. */
    CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** The terminal the next runs use for {@code jobs review}. */
    CliRunner terminal(Terminal terminal) {
        this.terminal = terminal;
        return this;
    }

    Path home() {
        return sandbox.resolve("home");
    }

    Path dataHome() {
        return sandbox.resolve("data");
    }

    Path configFile() {
        return sandbox.resolve("config").resolve("jsa").resolve("config.yaml");
    }

    Path defaultDatabase() {
        return dataHome().resolve("jsa.db");
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppContext context = new AppContext(env, home());
        if (terminal != null) {
            context.useTerminal(terminal);
        }
        context.useStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code = JsaCli.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** An "editor" for {@code EDITOR}: a script on disk that runs {@code command} on the file it is given. */
    String editor(String command) throws IOException {
        Path script = sandbox.resolve("editor-" + System.nanoTime() + ".sh");
        Files.writeString(script, "#!/bin/sh\n" + command + " \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    /** Runs {@code sql} on the default database, as another program would. */
    void execute(String sql) {
        try (Connection connection = Database.open(defaultDatabase()).connection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row {@code sql} gives on the default database. */
    String query(String sql) {
        try (Connection connection = Database.open(defaultDatabase()).connection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Rows in {@code table} of the default database. */
    long count(String table) {
        return Long.parseLong(query("SELECT count(*) FROM " + table));
    }
}
