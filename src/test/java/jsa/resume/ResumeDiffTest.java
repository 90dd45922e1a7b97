package jsa.resume;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResumeDiffTest {
    private static final String RESUME = """
            Name

            EXPERIENCE

            Role A
              • a1
              • a2

            Role B
              • b1
              • b2
              • b3
              • b4
              • b5

            SKILLS

              Languages: Java
            """;

    @Test
    void identicalTextsHaveNoDiff() {
        ResumeDiff diff = ResumeDiff.of("one", RESUME, "two", RESUME);

        assertThat(diff.identical()).isTrue();
        assertThat(diff.unified()).isEmpty();
    }

    // the hunks and their numbers are what GNU diff -u prints for the same texts
    @Test
    void distantChangesGetHunksNamedByTheRoleOrSectionOfTheirFirstChange() {
        String after = RESUME.replace("• a1", "• A1").replace("Java\n", "Java\n  Data: Kafka\n");

        ResumeDiff diff = ResumeDiff.of("resume 1", RESUME, "resume 2", after);

        assertThat(diff.identical()).isFalse();
        assertThat(diff.unified()).isEqualTo("""
                --- resume 1
                +++ resume 2
                @@ -3,7 +3,7 @@ Role A
                 EXPERIENCE
                \s
                 Role A
                -  • a1
                +  • A1
                   • a2
                \s
                 Role B
                @@ -16,3 +16,4 @@ SKILLS
                 SKILLS
                \s
                   Languages: Java
                +  Data: Kafka
                """);
    }

    @Test
    void aChangeDeepInARoleIsNamedByTheRoleOutsideItsContext() {
        String after = RESUME.replace("• b4", "• B4");

        assertThat(ResumeDiff.of("1", RESUME, "2", after).unified()).isEqualTo("""
                --- 1
                +++ 2
                @@ -10,7 +10,7 @@ Role B
                   • b1
                   • b2
                   • b3
                -  • b4
                +  • B4
                   • b5
                \s
                 SKILLS
                """);
    }

    @Test
    void changesCloseTogetherShareAHunkAndRemovalsComeBeforeAdditions() {
        String after = RESUME.replace("  • b2\n  • b3\n", "  • new\n").replace("• b5", "• B5");

        assertThat(ResumeDiff.of("1", RESUME, "2", after).unified())
                .startsWith("--- 1\n+++ 2\n@@ -8,10 +8,9 @@ Role B\n")
                .contains("\n-  • b2\n-  • b3\n+  • new\n   • b4\n-  • b5\n+  • B5\n")
                .containsOnlyOnce("\n@@ ");
    }
}
