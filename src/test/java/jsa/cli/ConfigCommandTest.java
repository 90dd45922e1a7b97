package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

class ConfigCommandTest {
    @TempDir
    Path dir;

    @Test
    void setWritesNestedYamlAndGetReadsItBack() throws Exception {
        CliRunner cli = new CliRunner(dir);

        assertThat(cli.run("config", "set", "llm.provider", "offline").exitCode())
                .isZero();
        assertThat(cli.run("config", "set", "llm.model.bullets", "claude-sonnet-4-5")
                        .exitCode())
                .isZero();

        assertThat(cli.run("config", "get", "llm.provider").out()).isEqualTo("offline" + System.lineSeparator());
        assertThat(Files.readString(cli.configFile()))
                .contains("llm:\n  model:\n    bullets: claude-sonnet-4-5\n  provider: offline\n");
    }

    @Test
    void environmentOverridesTheFileAndSetSaysSo() {
        CliRunner cli = new CliRunner(dir).env("JSA_LLM_PROVIDER", "anthropic");

        Result set = cli.run("config", "set", "llm.provider", "offline");

        assertThat(set.exitCode()).isZero();
        assertThat(set.err()).contains("$JSA_LLM_PROVIDER is set and overrides this value (anthropic)");
        assertThat(cli.run("config", "get", "llm.provider").out().strip()).isEqualTo("anthropic");
    }

    @Test
    void listShowsEveryKeyWithValueSourceAndEnvVar() {
        CliRunner cli = new CliRunner(dir).env("JSA_SYNC_CONCURRENCY", "4");
        cli.run("config", "set", "output.dir", "~/resumes");

        Result result = cli.run("config", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().findFirst())
                .hasValueSatisfying(h -> assertThat(h).startsWith("KEY"));
        assertThat(result.out())
                .containsPattern("(?m)^output\\.dir +~/resumes +file +JSA_OUTPUT_DIR$")
                .containsPattern("(?m)^sync\\.concurrency +4 +env +JSA_SYNC_CONCURRENCY$")
                .containsPattern("(?m)^llm\\.provider +auto +default +JSA_LLM_PROVIDER$")
                .containsPattern("(?m)^templates\\.dir +- +default +JSA_TEMPLATES_DIR$");
    }

    @Test
    void unsetRemovesTheKeySoTheDefaultApplies() {
        CliRunner cli = new CliRunner(dir);
        cli.run("config", "set", "sync.concurrency", "2");

        assertThat(cli.run("config", "unset", "sync.concurrency").exitCode()).isZero();

        assertThat(cli.run("config", "get", "sync.concurrency").out().strip()).isEqualTo("16");
        assertThat(cli.run("config", "unset", "sync.concurrency").err()).contains("was not set");
    }

    @Test
    void secretsAreRefused() {
        CliRunner cli = new CliRunner(dir);

        Result result = cli.run("config", "set", "anthropic.api-key", "sk-ant-secret");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("looks like a secret").doesNotContain("sk-ant-secret");
        assertThat(cli.configFile()).doesNotExist();
    }

    @Test
    void secretsInTheFileAreIgnoredWithAWarning() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Files.createDirectories(cli.configFile().getParent());
        Files.writeString(cli.configFile(), "llm:\n  provider: offline\n  api_key: sk-ant-secret\n");

        Result result = cli.run("config", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err())
                .contains("jsa: warning: ignoring 'llm.api_key'")
                .doesNotContain("sk-ant-secret");
        assertThat(result.out()).doesNotContain("sk-ant-secret").containsPattern("llm\\.provider +offline +file");
    }

    @Test
    void unknownKeySuggestsTheClosest() {
        Result result = new CliRunner(dir).run("config", "set", "llm.providr", "offline");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("jsa: error: unknown setting 'llm.providr'; did you mean 'llm.provider'?"
                        + " ('jsa config list' shows every setting)" + System.lineSeparator());
    }

    @Test
    void invalidValuesAreRefusedAndNothingIsWritten() {
        CliRunner cli = new CliRunner(dir);

        Result choice = cli.run("config", "set", "llm.provider", "gemini");
        Result number = cli.run("config", "set", "sync.concurrency", "lots");
        Result url = cli.run("config", "set", "llm.openai.base-url", "localhost:11434");

        assertThat(choice.exitCode()).isEqualTo(2);
        assertThat(choice.err()).contains("'gemini' is not one of auto, anthropic, openai, offline");
        assertThat(number.err()).contains("'lots' is not a whole number");
        assertThat(url.err()).contains("is not an http(s) URL");
        assertThat(cli.configFile()).doesNotExist();
    }

    @Test
    void unsetValueIsAnErrorForGet() {
        Result result = new CliRunner(dir).run("config", "get", "llm.model.bullets");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("llm.model.bullets is not set");
    }

    @Test
    void malformedFileIsAOneLineError() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Files.createDirectories(cli.configFile().getParent());
        Files.writeString(cli.configFile(), "llm: [unclosed\n");

        Result result = cli.run("init");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("jsa: error: " + cli.configFile() + " is not valid YAML (line ")
                .endsWith("fix the file or remove it");
    }

    @Test
    void invalidEnvironmentValueIsAnError() {
        Result result = new CliRunner(dir).env("JSA_LLM_PROVIDER", "gpt").run("config", "get", "llm.provider");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("invalid value in $JSA_LLM_PROVIDER");
    }

    @Test
    void pathPrintsTheConfigFile() {
        CliRunner cli = new CliRunner(dir);

        assertThat(cli.run("config", "path").out().strip())
                .isEqualTo(cli.configFile().toString());
    }

    @Test
    void setStillWorksWhenTheEnvironmentHoldsAnInvalidValue() throws Exception {
        CliRunner cli = new CliRunner(dir).env("JSA_SYNC_CONCURRENCY", "0");

        Result result = cli.run("config", "set", "sync.concurrency", "4");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("$JSA_SYNC_CONCURRENCY is set and overrides this value (0)");
        assertThat(Files.readString(cli.configFile())).contains("concurrency: 4");
    }

    @Test
    void listShowsAnInvalidEnvironmentValueInsteadOfFailing() {
        Result result = new CliRunner(dir).env("JSA_LLM_PROVIDER", "gpt").run("config", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("(?m)^llm\\.provider +gpt +env \\(invalid\\) +JSA_LLM_PROVIDER$");
    }

    @Test
    void longListSaysWhatEachSettingIsForAndAccepts() {
        Result result = new CliRunner(dir).run("config", "list", "--long");

        assertThat(result.out())
                .contains("sync.concurrency = 16  (default, $JSA_SYNC_CONCURRENCY)")
                .contains("Takes a whole number from 1 to 64.")
                .contains("Takes one of auto, anthropic, openai, offline.");
    }

    @Test
    void pathWorksWhenTheFileIsBroken() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Files.createDirectories(cli.configFile().getParent());
        Files.writeString(cli.configFile(), "llm: [unclosed\n");

        Result result = cli.run("config", "path");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo(cli.configFile().toString());
    }

    @Test
    void unsetRemovesTheEntriesTheWarningsPointAt() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Files.createDirectories(cli.configFile().getParent());
        Files.writeString(cli.configFile(), "llm:\n  provider: offline\n  api_key: sk-ant-secret\n  provdier: x\n");

        assertThat(cli.run("config", "unset", "llm.api_key").exitCode()).isZero();
        assertThat(cli.run("config", "unset", "llm.provdier").exitCode()).isZero();

        assertThat(Files.readString(cli.configFile()))
                .doesNotContain("sk-ant-secret", "provdier")
                .contains("offline");
        assertThat(cli.run("config", "list").err()).isEmpty();
        assertThat(cli.run("config", "unset", "llm.provdier").exitCode()).isEqualTo(2);
    }

    @Test
    void aRelativePathIsStoredAsTheAbsolutePathItMeans() throws Exception {
        CliRunner cli = new CliRunner(dir);

        cli.run("config", "set", "db.path", "searches/jobs.db");

        assertThat(cli.run("config", "get", "db.path").out().strip())
                .isEqualTo(Path.of("searches/jobs.db").toAbsolutePath().toString());
    }
}
