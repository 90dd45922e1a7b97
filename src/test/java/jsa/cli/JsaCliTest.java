package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

import picocli.CommandLine;

class JsaCliTest {
    private static final List<String> DESIGN_COMMANDS =
            List.of("sync-jobs", "jobs", "parse-jd", "gen-resume", "render-pdf", "apply", "interview-prep", "metrics");

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandUnderItsGroup() {
        Result result = new CliRunner(dir).run("--help");

        assertThat(result.exitCode()).isZero();
        String out = result.out();
        assertThat(out)
                .contains(
                        "Discover job postings:",
                        "Tailor a resume to a job:",
                        "Track applications and interviews:",
                        "Prepare for interviews:",
                        "Set up, configure and maintain:");
        for (CommandCatalog.Entry entry : new CommandCatalog().entries()) {
            assertThat(out).containsPattern("(?m)^  " + entry.name() + " {3,}\\S");
        }
        assertThat(out.indexOf("  sync-jobs")).isLessThan(out.indexOf("Tailor a resume"));
        assertThat(out.indexOf("  interview-prep")).isGreaterThan(out.indexOf("Prepare for interviews:"));
        assertThat(out).contains("Exit codes:", "3   unavailable");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void designCommandsAreAllThere() {
        List<String> names = new CommandCatalog()
                .entries().stream().map(CommandCatalog.Entry::name).toList();

        assertThat(names).containsAll(DESIGN_COMMANDS).doesNotHaveDuplicates();
    }

    @Test
    void everyCommandHasHelpAndAOneLineSummary() {
        CliRunner cli = new CliRunner(dir);
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        Map<String, CommandLine> tree =
                JsaCli.create(new AppContext(Map.of(), dir), discard, discard).getSubcommands();
        for (CommandCatalog.Entry entry : new CommandCatalog().entries()) {
            Result result = cli.run(entry.name(), "--help");

            assertThat(result.exitCode()).as(entry.name()).isZero();
            assertThat(result.out()).as(entry.name()).contains("Usage: jsa " + entry.name());
            assertThat(tree.get(entry.name()).getCommandName()).isEqualTo(entry.name());
            assertThat(entry.summary())
                    .as(entry.name())
                    .isNotBlank()
                    .isEqualTo(GroupedCommandList.summary(
                            tree.get(entry.name()).getCommandSpec().usageMessage()));
        }
    }

    @Test
    void helpCommandShowsACommandsHelp() {
        Result viaHelp = new CliRunner(dir).run("help", "init");
        Result viaOption = new CliRunner(dir).run("init", "--help");

        assertThat(viaHelp.exitCode()).isZero();
        assertThat(viaHelp.out()).startsWith("Usage: jsa init").isEqualTo(viaOption.out());
    }

    @Test
    void versionComesFromTheBuild() {
        Result result = new CliRunner(dir).run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("jsa ");
    }

    @Test
    void unknownCommandSuggestsTheClosest() {
        Result result = new CliRunner(dir).run("synk-jobs");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("jsa: error: unknown command 'synk-jobs'; did you mean 'sync-jobs'");
    }

    @Test
    void unknownOptionSuggestsTheClosest() {
        Result result = new CliRunner(dir).run("db", "backup", "x.db", "--forse");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .isEqualTo("jsa: error: unknown option '--forse'; did you mean '--force'? See 'jsa db backup --help'");
    }

    @Test
    void missingParameterIsAUsageError() {
        Result result = new CliRunner(dir).run("db", "backup");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("jsa: error: missing required parameter: 'FILE'; see 'jsa db backup --help'");
    }

    @Test
    void noCommandPrintsUsageOnStderr() {
        Result result = new CliRunner(dir).run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Usage: jsa").contains("sync-jobs");
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        CommandCatalog catalog = new CommandCatalog();
        Set<String> valued = Set.of("--db");

        assertThat(JsaCli.commandsFor(catalog, valued, "--db", "x.db", "init"))
                .extracting(CommandCatalog.Entry::name)
                .containsExactly("init");
        assertThat(JsaCli.commandsFor(catalog, valued, "--db", "init", "db"))
                .extracting(CommandCatalog.Entry::name)
                .containsExactly("db");
        assertThat(JsaCli.commandsFor(catalog, valued, "--version")).isEmpty();
        assertThat(JsaCli.commandsFor(catalog, valued, "--help")).isEmpty();
        assertThat(JsaCli.commandsFor(catalog, valued)).isEmpty();
        assertThat(JsaCli.commandsFor(catalog, valued, "help", "init"))
                .extracting(CommandCatalog.Entry::name)
                .containsExactly("help", "init");
        assertThat(JsaCli.commandsFor(catalog, valued, "help", "help"))
                .extracting(CommandCatalog.Entry::name)
                .containsExactly("help");
        assertThat(JsaCli.commandsFor(catalog, valued, "help", "initt")).hasSameSizeAs(catalog.entries());
        assertThat(JsaCli.commandsFor(catalog, valued, "initt")).hasSameSizeAs(catalog.entries());
        assertThat(JsaCli.commandsFor(catalog, valued, "completion", "bash")).hasSameSizeAs(catalog.entries());
    }

    @Test
    void rootOptionsWithAValueComeFromTheRootCommand() {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        CommandLine root = JsaCli.create(new AppContext(Map.of(), dir), discard, discard);
        List<String> fromModel = root.getCommandSpec().options().stream()
                .filter(option -> option.arity().max() > 0)
                .flatMap(option -> List.of(option.names()).stream())
                .toList();

        assertThat(JsaCli.ROOT_OPTIONS_WITH_VALUE)
                .containsExactlyInAnyOrderElementsOf(fromModel)
                .contains("--db");
    }

    @Test
    void helpOnHelpWorks() {
        Result result = new CliRunner(dir).run("help", "help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: jsa help");
    }

    @Test
    void subcommandsPrintTheVersionToo() {
        assertThat(new CliRunner(dir).run("db", "info", "--version").out()).startsWith("jsa ");
    }

    @Test
    void noColourWithoutATerminal() {
        Result result = new CliRunner(dir).env("NO_COLOR", null).run("inti");

        assertThat(result.err()).doesNotContain("\u001b[");
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        Path before = dir.resolve("before.db");
        Path after = dir.resolve("after.db");
        CliRunner cli = new CliRunner(dir);

        assertThat(cli.run("--db", before.toString(), "init").out().strip()).isEqualTo(before.toString());
        assertThat(cli.run("init", "--db", after.toString()).out().strip()).isEqualTo(after.toString());
    }

    @Test
    void suggestionsComeClosestFirst() {
        Result result = new CliRunner(dir).run("inti");

        assertThat(result.err()).startsWith("jsa: error: unknown command 'inti'; did you mean 'init'");
    }

    @Test
    void helpOnAnUnknownCommandIsOneCleanLine() {
        Result result = new CliRunner(dir).run("help", "nope");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString().doesNotContain(".;");
    }
}
