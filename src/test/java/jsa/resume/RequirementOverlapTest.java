package jsa.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RequirementOverlapTest {
    @Test
    void skillsMatchByAnySpellingAndWordsByStem() {
        assertThat(Keywords.of("Deployed on k8s with Java 17").skills())
                .containsExactlyInAnyOrder("Kubernetes", "Java");
        assertThat(Keywords.of("Apache Kafka topics").stems()).containsExactly("topic");
        assertThat(Keywords.of("5+ years of strong experience with A/B").isEmpty())
                .isTrue();
        Map.of(
                        "pipelines", "pipeline",
                        "shipped", "ship",
                        "queries", "query",
                        "caching", "cached",
                        "processes", "process",
                        "speeds", "speed",
                        "added", "adds")
                .forEach(
                        (word, same) -> assertThat(Keywords.stem(word)).as(word).isEqualTo(Keywords.stem(same)));
    }

    @Test
    void aSkillTouchesARequirementFullyAndAWordAThird() {
        RequirementOverlap overlap = RequirementOverlap.of("", "- Kubernetes operations\n- Go\n- Rust");
        double full = 1 + 1 / 1.2 + 1 / 1.4;

        assertThat(overlap.score(Keywords.of("ran k8s"))).isCloseTo(1 / full, within(1e-9));
        assertThat(overlap.score(Keywords.of("on-call operations"))).isCloseTo(1 / 3.0 / full, within(1e-9));
        assertThat(overlap.score(Keywords.of("Kubernetes operations, Go and Rust")))
                .isEqualTo(1.0);
        assertThat(overlap.touches(Keywords.of("Rust"))).isTrue();
        assertThat(overlap.touches(Keywords.of("Python"))).isFalse();
    }

    @Test
    void earlierRequirementsWeighMore() {
        RequirementOverlap overlap = RequirementOverlap.of("", "- Kafka\n- Python\n- SQL\n- Java\n- Docker");

        assertThat(overlap.score(Keywords.of("Kafka"))).isGreaterThan(overlap.score(Keywords.of("Python")));
        assertThat(overlap.score(Keywords.of("Java"))).isGreaterThan(overlap.score(Keywords.of("Docker")));
        assertThat(overlap.score(Keywords.of("Kafka, Python, SQL, Java and Docker")))
                .isEqualTo(1.0);
    }

    @Test
    void withoutRequirementsWithKeywordsTheTargetStandsForThem() {
        assertThat(RequirementOverlap.of("Search Engineer", "").score(Keywords.of("search ranking")))
                .isCloseTo(1 / 3.0, within(1e-9));
        assertThat(RequirementOverlap.of("Search Engineer", "- 5+ years of experience")
                        .score(Keywords.of("search ranking")))
                .isCloseTo(1 / 3.0, within(1e-9));
        assertThat(RequirementOverlap.of("", "").score(Keywords.of("search ranking")))
                .isZero();
    }
}
