package jsa.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SkillsAnswerTest {
    @Test
    void tooManyCategoriesARepeatedNameAndASkillInTwoPlacesAreNamed() {
        SkillsAnswer answer = new SkillsAnswer(List.of(
                new SkillsAnswer.Category("Languages", List.of("Java", "Python")),
                new SkillsAnswer.Category("languages ", List.of("Go")),
                new SkillsAnswer.Category("Data", List.of("python", "Kafka"))));

        assertThat(answer.problems(2))
                .containsExactly(
                        "categories: 3 given, at most 2 asked for",
                        "categories[1].name: 'languages ' is also the name of categories[0]",
                        "categories[2].skills: 'python' is also in categories[0]");
        assertThat(new SkillsAnswer(List.of(new SkillsAnswer.Category("Languages", List.of("Java")))).problems(6))
                .isEmpty();
    }
}
