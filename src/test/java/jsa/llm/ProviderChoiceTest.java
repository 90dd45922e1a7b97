package jsa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProviderChoiceTest {
    @Test
    void autoFollowsTheEnvironment() {
        assertThat(ProviderChoice.provider("auto", Map.of())).isEqualTo("offline");
        assertThat(ProviderChoice.provider(null, Map.of("ANTHROPIC_API_KEY", "k", "OPENAI_API_KEY", "o")))
                .isEqualTo("anthropic");
        assertThat(ProviderChoice.provider("auto", Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1")))
                .isEqualTo("openai");
        assertThat(ProviderChoice.provider("auto", Map.of("ANTHROPIC_API_KEY", " ")))
                .isEqualTo("offline");
    }

    @Test
    void anExplicitChoiceWins() {
        assertThat(ProviderChoice.provider("OFFLINE", Map.of("ANTHROPIC_API_KEY", "k")))
                .isEqualTo("offline");
        assertThat(ProviderChoice.provider("openai", Map.of())).isEqualTo("openai");
        assertThatThrownBy(() -> ProviderChoice.provider("anthropic", Map.of()))
                .hasMessageContaining("ANTHROPIC_API_KEY");
        assertThatThrownBy(() -> ProviderChoice.provider("gemini", Map.of())).hasMessageContaining("'gemini'");
    }

    @Test
    void defaultModelsSplitGenerationFromParsing() {
        assertThat(ProviderChoice.defaultModel("anthropic", "parse-jd")).isEqualTo("claude-haiku-5-5");
        assertThat(ProviderChoice.defaultModel("anthropic", "bullets")).isEqualTo("claude-sonnet-5-5");
        assertThat(ProviderChoice.defaultModel("openai", "interview-prep")).isEqualTo("gpt-4.1");
    }
}
