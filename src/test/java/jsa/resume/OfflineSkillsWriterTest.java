package jsa.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.jd.SkillVocabulary;

class OfflineSkillsWriterTest {
    /** Every tool of examples/profile.yaml, distinct, in first-appearance order, as gen-resume passes them. */
    private static final List<String> EXAMPLE_TOOLS =
            ProfileFile.read(Path.of("examples/profile.yaml")).experience().stream()
                    .flatMap(role -> role.projects().stream())
                    .flatMap(project -> project.tools().stream())
                    .distinct()
                    .toList();

    private static final String KAFKA = lines(
            "Streaming data pipelines with Kafka",
            "Warehousing in Snowflake with dbt",
            "Python or Java",
            "Orchestration with Airflow");
    private static final String JAVA =
            lines("Backend services in Java with Spring Boot", "Relational databases such as PostgreSQL", "Docker");

    private final OfflineSkillsWriter writer = new OfflineSkillsWriter();

    private record Category(String name, List<String> skills) {}

    @Test
    void everySkillIsOneOfTheUsersToolsShownOnce() {
        for (String requirements : List.of(KAFKA, JAVA, "")) {
            for (int max = 1; max <= 8; max++) {
                List<Category> categories = categories(EXAMPLE_TOOLS, requirements, max);
                List<String> skills = categories.stream()
                        .flatMap(category -> category.skills().stream())
                        .toList();
                assertThat(skills).doesNotHaveDuplicates().allMatch(OfflineSkillsWriterTest::isListed);
                assertThat(categories).hasSizeBetween(1, max);
                for (Category category : categories) {
                    assertThat(category.name()).isNotBlank().hasSizeLessThanOrEqualTo(40);
                    assertThat(category.skills()).hasSizeBetween(1, 12);
                    assertThat(category.skills()).allMatch(skill -> !skill.isBlank() && skill.length() <= 40);
                }
                assertThat(categories).extracting(Category::name).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void skillsAreGroupedByTheirKind() {
        Map<String, String> categoryOf = categoryOf(categories(EXAMPLE_TOOLS, KAFKA, 6));

        assertThat(categoryOf)
                .containsEntry("Java", "Languages")
                .containsEntry("Python", "Languages")
                .containsEntry("Spring Boot", "Frameworks")
                .containsEntry("Kafka", "Data & ML")
                .containsEntry("PostgreSQL", "Databases")
                .containsEntry("Kubernetes", "Cloud & DevOps")
                .containsEntry("Debezium", "Tools");
    }

    @Test
    void versionsOfOneSkillAreShownOnceAsTheUserSpellsIt() {
        assertThat(skills(List.of("Java 11", "Spring Boot", "Java 17"))).containsExactly("Java", "Spring Boot");
        assertThat(skills(List.of("Postgres", "PostgreSQL 15"))).containsExactly("PostgreSQL");
        assertThat(skills(List.of("k8s"))).containsExactly("k8s");
        assertThat(skills(List.of("Apache Spark", "PySpark"))).containsExactly("Spark");
        // a tool that is more than a skill and a version stays as written
        assertThat(skills(List.of("AWS Lambda", "AWS ECS", "AWS"))).containsExactly("AWS Lambda", "AWS ECS", "AWS");
    }

    @Test
    void theCategoriesAndTheirSkillsFollowTheRequirements() {
        List<Category> kafka = categories(EXAMPLE_TOOLS, KAFKA, 6);
        assertThat(kafka.get(0).name()).isEqualTo("Data & ML");
        assertThat(kafka.get(0).skills()).startsWith("Kafka", "dbt", "Snowflake", "Apache Airflow");
        assertThat(kafka.get(1).name()).isEqualTo("Languages");
        assertThat(kafka.get(1).skills()).startsWith("Java", "Python");

        List<Category> java = categories(EXAMPLE_TOOLS, JAVA, 6);
        assertThat(java).extracting(Category::name).startsWith("Languages", "Frameworks", "Databases");
        assertThat(java.get(2).skills()).startsWith("PostgreSQL", "Redis");
    }

    @Test
    void withoutRequirementsTheTargetWordsRank() {
        assertThat(categories(EXAMPLE_TOOLS, "Kafka Platform Engineer", "", 6)
                        .get(0)
                        .skills())
                .startsWith("Kafka");
        assertThat(categories(EXAMPLE_TOOLS, "Kafka Platform Engineer", JAVA, 6))
                .isEqualTo(categories(EXAMPLE_TOOLS, "", JAVA, 6));
    }

    @Test
    void sectionsBeyondTheMaxJoinTheUnknownToolsAsOtherTools() {
        List<Category> six = categories(EXAMPLE_TOOLS, KAFKA, 6);
        List<Category> three = categories(EXAMPLE_TOOLS, KAFKA, 3);

        assertThat(six).extracting(Category::name).contains("Tools").doesNotContain("Other tools");
        assertThat(three).extracting(Category::name).containsExactly("Data & ML", "Languages", "Other tools");
        assertThat(three.get(2).skills()).contains("Debezium", "Spring Boot", "Redis");
        assertThat(categories(EXAMPLE_TOOLS, KAFKA, 1))
                .extracting(Category::name)
                .containsExactly("Other tools");
    }

    @Test
    void aCategoryShowsItsTwelveMostRelevantSkills() {
        List<String> tools = Stream.of("Kafka", "Snowflake", "dbt", "pandas", "NumPy", "SciPy", "PyTorch")
                .collect(Collectors.toCollection(ArrayList::new));
        tools.addAll(List.of("TensorFlow", "Keras", "XGBoost", "LightGBM", "Hive", "Flink", "Tableau", "Looker"));

        List<String> shown =
                categories(tools, lines("Dashboards in Looker"), 6).get(0).skills();

        assertThat(shown).hasSize(12).startsWith("Looker", "Kafka").doesNotContain("Tableau");
    }

    @Test
    void unknownToolsAloneAreOneToolsCategory() {
        assertThat(categories(List.of("Debezium", "Resilience4j"), KAFKA, 6))
                .containsExactly(new Category("Tools", List.of("Debezium", "Resilience4j")));
        assertThat(categories(List.of(), KAFKA, 6)).isEmpty();
    }

    @Test
    void theSameInputsGiveTheSameJson() {
        Map<String, String> inputs = inputs(EXAMPLE_TOOLS, "Data Engineer", KAFKA, 4);
        assertThat(new OfflineSkillsWriter().answer(inputs).toString())
                .isEqualTo(writer.answer(inputs).toString());
    }

    @Test
    void badInputsAreRefused() {
        for (String tools : List.of("Kafka, Java", "{\"a\": 1}", "[\"Kafka\", 3]")) {
            Map<String, String> inputs = new LinkedHashMap<>(inputs(List.of(), "", "", 6));
            inputs.put("tools", tools);
            assertThatThrownBy(() -> writer.answer(inputs))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tools");
        }
        Map<String, String> noMax = new LinkedHashMap<>(inputs(EXAMPLE_TOOLS, "", "", 6));
        noMax.put("max_categories", "0");
        assertThatThrownBy(() -> writer.answer(noMax)).hasMessageContaining("max_categories");
    }

    /** Whether {@code skill} is a tool of the example, or the name of the skill one of them is. */
    private static boolean isListed(String skill) {
        return EXAMPLE_TOOLS.contains(skill)
                || EXAMPLE_TOOLS.stream()
                        .flatMap(tool -> SkillVocabulary.mentions(tool).stream())
                        .anyMatch(mention -> mention.text().equals(skill)
                                || mention.skill().canonical().equals(skill));
    }

    private static Map<String, String> categoryOf(List<Category> categories) {
        Map<String, String> byskill = new LinkedHashMap<>();
        categories.forEach(category -> category.skills().forEach(skill -> byskill.put(skill, category.name())));
        return byskill;
    }

    private List<String> skills(List<String> tools) {
        return categories(tools, "", "", 6).stream()
                .flatMap(category -> category.skills().stream())
                .toList();
    }

    private List<Category> categories(List<String> tools, String requirements, int max) {
        return categories(tools, "Data Engineer", requirements, max);
    }

    private List<Category> categories(List<String> tools, String target, String requirements, int max) {
        JsonNode answer = writer.answer(inputs(tools, target, requirements, max));
        List<Category> categories = new ArrayList<>();
        for (JsonNode node : answer.get("categories")) {
            List<String> skills = new ArrayList<>();
            node.get("skills").forEach(skill -> skills.add(skill.asText()));
            categories.add(new Category(node.get("name").asText(), skills));
        }
        return categories;
    }

    private static Map<String, String> inputs(List<String> tools, String target, String requirements, int max) {
        try {
            return Map.of(
                    "target",
                    target,
                    "requirements",
                    requirements,
                    "tools",
                    new ObjectMapper().writeValueAsString(tools),
                    "max_categories",
                    Integer.toString(max));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lines(String... requirements) {
        return Stream.of(requirements).map(line -> "- " + line).collect(Collectors.joining("\n"));
    }
}
