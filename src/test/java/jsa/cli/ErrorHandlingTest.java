package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlingTest {
    @TempDir
    Path dir;

    @Test
    void userErrorsAreOneLineWithoutStackTrace() throws Exception {
        Path notADatabase = Files.writeString(dir.resolve("notes.db"), "these are my notes, not SQLite");

        Result result = new CliRunner(dir).run("--db", notADatabase.toString(), "db", "check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .isEqualTo("jsa: error: " + notADatabase + " is not a SQLite database;"
                        + " point --db or JSA_DB at a jsa database file");
        assertThat(Files.readString(notADatabase)).isEqualTo("these are my notes, not SQLite");
    }

    @Test
    void aWrongChoiceListsTheChoicesAsTheyAreTyped() {
        Result result = new CliRunner(dir).run("interview", "add", "1", "--stage", "bogus", "--at", "2030-01-01 10:00");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("jsa: error: invalid value for option '--stage': expected one of recruiter_screen,"
                        + " technical_screen, final_loop but was 'bogus'; see 'jsa interview add --help'"
                        + System.lineSeparator());
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        Path notADatabase = Files.writeString(dir.resolve("notes.db"), "not SQLite");

        Result result = new CliRunner(dir).run("--verbose", "--db", notADatabase.toString(), "db", "check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("jsa: error: ").contains("\tat jsa.db.");
    }

    @Test
    void unexpectedExceptionsAreInternalErrors() {
        Result quiet = runFailing();
        Result verbose = runFailing("--verbose");

        assertThat(quiet.exitCode()).isEqualTo(4);
        assertThat(quiet.err().lines())
                .singleElement()
                .asString()
                .isEqualTo("jsa: error: internal error: java.lang.IllegalStateException;"
                        + " this is a bug: run again with --verbose and report the output");
        assertThat(verbose.exitCode()).isEqualTo(4);
        assertThat(verbose.err()).contains("java.lang.IllegalStateException: boom", "\tat ");
    }

    private Result runFailing(String... rootOptions) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliRunner sandbox = new CliRunner(dir);
        CommandLine cli = JsaCli.create(
                new AppContext(Map.of(), sandbox.home()), new PrintWriter(out, true), new PrintWriter(err, true));
        cli.addSubcommand(new Failing());
        // picocli hands the writers only to subcommands present when they are set
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] args = new String[rootOptions.length + 1];
        System.arraycopy(rootOptions, 0, args, 0, rootOptions.length);
        args[rootOptions.length] = "fail";
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }
}
