package jsa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void credentialNamesAreSecretsButTokenCountsAreNot() {
        assertThat(Settings.SECRET.matcher("anthropic.api-key").matches()).isTrue();
        assertThat(Settings.SECRET.matcher("llm.api_key").matches()).isTrue();
        assertThat(Settings.SECRET.matcher("openai.apikey").matches()).isTrue();
        assertThat(Settings.SECRET.matcher("github.access_token").matches()).isTrue();
        assertThat(Settings.SECRET.matcher("smtp.password").matches()).isTrue();
        assertThat(Settings.SECRET.matcher("llm.max-tokens").matches()).isFalse();
        assertThat(Settings.SECRET.matcher("llm.provider").matches()).isFalse();
        assertThat(Settings.SECRET.matcher("keywords").matches()).isFalse();
    }

    @Test
    void eachLayerWinsOverTheOnesBelowIt() throws Exception {
        JsaPaths paths = JsaPaths.from(Map.of("XDG_CONFIG_HOME", dir.toString()), dir.resolve("home"));
        Files.createDirectories(paths.configFile().getParent());
        Files.writeString(paths.configFile(), "output:\n  dir: /from/file\nsync:\n  concurrency: 3\n");

        Settings fileOnly = Settings.load(paths, Map.of());
        Settings withEnv = Settings.load(paths, Map.of("JSA_OUTPUT_DIR", "/from/env"));
        Settings withFlag = Settings.load(paths, Map.of("JSA_OUTPUT_DIR", "/from/env"))
                .withFlag(ConfigKey.OUTPUT_DIR, "/from/flag");

        assertThat(fileOnly.get(ConfigKey.OUTPUT_DIR))
                .isEqualTo(new Setting(ConfigKey.OUTPUT_DIR, "/from/file", Setting.Source.FILE));
        assertThat(withEnv.get(ConfigKey.OUTPUT_DIR).source()).isEqualTo(Setting.Source.ENV);
        assertThat(withFlag.path(ConfigKey.OUTPUT_DIR)).contains(Path.of("/from/flag"));
        assertThat(fileOnly.value(ConfigKey.SYNC_CONCURRENCY)).contains("3");
        assertThat(fileOnly.get(ConfigKey.LLM_PROVIDER))
                .isEqualTo(new Setting(ConfigKey.LLM_PROVIDER, "auto", Setting.Source.DEFAULT));
    }

    @Test
    void anInvalidFlagValueIsAUsageError() {
        Settings settings = Settings.load(JsaPaths.from(Map.of(), dir), Map.of());

        assertThatThrownBy(() -> settings.withFlag(ConfigKey.SYNC_CONCURRENCY, "100"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("100 is outside 1..64");
    }

    @Test
    void relativeXdgDirectoriesAreIgnoredAsTheSpecSays() {
        JsaPaths paths = JsaPaths.from(Map.of("XDG_CONFIG_HOME", "relative/config"), dir);

        assertThat(paths.configFile()).isEqualTo(dir.resolve(".config/jsa/config.yaml"));
    }
}
