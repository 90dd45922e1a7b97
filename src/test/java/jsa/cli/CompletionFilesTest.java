package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jsa.cli.CliRunner.Result;

class CompletionFilesTest {
    private static final String REGENERATE = "completions/ is stale: regenerate it with"
            + " 'mvn -q -Pcompletions process-classes' and commit the result";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(CompletionScripts.Shell.class)
    void committedScriptsMatchTheCommandTree(CompletionScripts.Shell shell) throws IOException {
        Path committed = Path.of("completions", CompletionScripts.fileName(shell));

        assertThat(committed).as(REGENERATE).exists();
        assertThat(Files.readString(committed)).as(REGENERATE).isEqualTo(CompletionScripts.generate(shell));
    }

    @ParameterizedTest
    @EnumSource(CompletionScripts.Shell.class)
    void completionCommandPrintsTheSameScript(CompletionScripts.Shell shell) {
        Result result = new CliRunner(dir).run("completion", shell.name());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(CompletionScripts.generate(shell));
    }

    @Test
    void scriptsCoverCommandsOptionsAndValues() {
        String bash = CompletionScripts.generate(CompletionScripts.Shell.bash);
        String zsh = CompletionScripts.generate(CompletionScripts.Shell.zsh);

        assertThat(bash).contains("sync-jobs", "interview-prep", "--db", "complete -F");
        assertThat(zsh)
                .startsWith("#compdef jsa")
                .contains("'sync-jobs:Fetch postings from the watched companies'\\'' career sites'")
                .contains("_jsa_db_backup() {", "{-f,--force}'[Replace FILE when it exists]'")
                .contains("'1:SHELL:(bash zsh)'", "'1:KEY:(db.path llm.anthropic.base-url");
    }

    @ParameterizedTest
    @EnumSource(CompletionScripts.Shell.class)
    void scriptsAreValidShellSyntax(CompletionScripts.Shell shell) throws Exception {
        assumeThat(onPath(shell.name())).as(shell + " is not installed").isTrue();
        Path script = Files.writeString(dir.resolve("script"), CompletionScripts.generate(shell));

        Process check = new ProcessBuilder(shell.name(), "-n", script.toString())
                .redirectErrorStream(true)
                .start();

        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(check.getInputStream().readAllBytes())).isEmpty();
        assertThat(check.exitValue()).isZero();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && java.util.Arrays.stream(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
