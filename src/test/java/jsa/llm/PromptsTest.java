package jsa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PromptsTest {
    @Test
    void theParsePromptHasAStableSystemPartAndAJdPlaceholder() {
        Prompt prompt = Prompts.load("parse-jd", 1);

        assertThat(prompt.name()).isEqualTo("parse-jd");
        assertThat(prompt.version()).isEqualTo(1);
        assertThat(prompt.hash())
                .hasSize(64)
                .isEqualTo(Prompts.load("parse-jd", 1).hash());
        assertThat(prompt.system()).contains("min_experience_years").doesNotContain("{{");
        assertThat(prompt.contextTemplate()).isEmpty();
        assertThat(Prompts.render(prompt, prompt.userTemplate(), Map.of("jd", "We hire $x\\1 engineers.")))
                .endsWith("We hire $x\\1 engineers.")
                .doesNotContain("{{");
    }

    @Test
    void theBulletPromptSharesTheJobAsItsContextAndVariesOnlyTheRole() {
        Prompt prompt = Prompts.load("bullets", 1);
        Map<String, String> inputs =
                Map.of("target", "Data Engineer at Acme", "requirements", "- Kafka", "role", "{}", "max_bullets", "3");

        assertThat(prompt.system()).contains("Never invent facts").doesNotContain("{{");
        assertThat(Prompts.render(prompt, prompt.contextTemplate(), inputs))
                .contains("Data Engineer at Acme")
                .contains("- Kafka")
                .doesNotContain("max_bullets");
        assertThat(Prompts.render(prompt, prompt.userTemplate(), inputs))
                .contains("at most 3 bullets")
                .doesNotContain("Kafka");
    }

    @Test
    void aMissingInputOrPromptIsABug() {
        Prompt prompt = Prompts.load("parse-jd", 1);

        assertThatThrownBy(() -> Prompts.render(prompt, prompt.userTemplate(), Map.of()))
                .hasMessageContaining("needs the input 'jd'");
        assertThatThrownBy(() -> Prompts.load("parse-jd", 99)).hasMessageContaining("parse-jd.v99.md");
    }
}
