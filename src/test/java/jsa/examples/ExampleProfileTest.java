package jsa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Keeps examples/profile.yaml, the master profile new users read and copy, well-formed. */
class ExampleProfileTest {

    private static final Path FILE = Path.of("examples/profile.yaml");
    private static final String SNAKE_CASE = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    private static JsonNode root;

    @BeforeAll
    static void parse() throws IOException {
        root = new YAMLMapper().readTree(FILE.toFile());
    }

    @Test
    void hasProfileExperienceAndTemplatesSections() {
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("profile", "experience", "templates");

        JsonNode profile = root.path("profile");
        text(profile, "name", "profile");
        for (JsonNode school : array(profile, "education", "profile")) {
            text(school, "school", "education");
        }
    }

    @Test
    void linksAreWebAddresses() {
        for (JsonNode link : array(root.path("profile"), "links", "profile")) {
            String label = text(link, "label", "link");
            assertThat(text(link, "url", label)).as(label + " url").matches("https?://\\S+");
        }
    }

    @Test
    void experienceRolesHaveUniqueSnakeCaseKeys() {
        List<String> keys = experienceKeys();
        assertThat(keys).hasSizeBetween(3, 4).doesNotHaveDuplicates();
        assertThat(keys).allSatisfy(key -> assertThat(key).matches(SNAKE_CASE));
    }

    @Test
    void roleDatesParseAndEndNoEarlierThanStart() {
        for (JsonNode role : array(root, "experience", "file")) {
            String key = text(role, "key", "role");
            LocalDate start = date(role, "start_date", key);
            JsonNode end = role.path("end_date");
            assertThat(end.isNull() || end.isTextual())
                    .as(key + ".end_date null or a date")
                    .isTrue();
            if (end.isTextual()) {
                assertThat(date(role, "end_date", key)).as(key + ".end_date").isAfterOrEqualTo(start);
            }
        }
    }

    @Test
    void everyRoleHasCompleteProjectsWithUniqueShortNames() {
        for (JsonNode role : array(root, "experience", "file")) {
            String key = text(role, "key", "role");
            text(role, "company", key);
            text(role, "title", key);
            List<JsonNode> projects = array(role, "projects", key);
            assertThat(projects).as(key + " projects").hasSizeGreaterThanOrEqualTo(3);
            List<String> shortNames = new ArrayList<>();
            for (JsonNode project : projects) {
                String where = key + "/" + text(project, "short_name", key + " project");
                shortNames.add(project.path("short_name").asText());
                text(project, "problem_context", where);
                for (String list : List.of("actions", "tools", "outcomes")) {
                    for (JsonNode item : array(project, list, where)) {
                        String phrase = item.isTextual() ? item.asText() : "";
                        assertThat(phrase).as(where + "." + list + " item").isNotBlank();
                    }
                }
            }
            assertThat(shortNames).as(key + " short_names").doesNotHaveDuplicates();
        }
    }

    @Test
    void templatesAreUniqueAndReferenceExistingRoles() {
        Set<String> roleKeys = new HashSet<>(experienceKeys());
        List<String> names = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (JsonNode template : array(root, "templates", "file")) {
            String name = text(template, "name", "template");
            names.add(name);
            String level = optional(template, "target_level", name);
            String specialization = optional(template, "target_specialization", name);
            String target = String.join("|", text(template, "target_role", name), level, specialization);
            targets.add(target.toLowerCase(Locale.ROOT)); // the database compares them case-insensitively
            text(template, "template_path", name);
            text(template, "style_path", name);
            List<String> used = new ArrayList<>();
            for (JsonNode config : array(template, "roles", name)) {
                String experience = text(config, "experience", name + " role");
                String where = name + "/" + experience;
                assertThat(roleKeys).as(where + " is an experience key").contains(experience);
                used.add(experience);
                JsonNode max = config.path("max_bullet_count");
                assertThat(max.isInt() ? max.asInt() : 0)
                        .as(where + ".max_bullet_count")
                        .isBetween(1, 20);
                optional(config, "title_override", where);
            }
            assertThat(used).as(name + " roles").doesNotHaveDuplicates();
        }
        assertThat(names).as("template names").doesNotHaveDuplicates();
        assertThat(targets).as("template (role, level, specialization)").doesNotHaveDuplicates();
    }

    private static List<String> experienceKeys() {
        List<String> keys = new ArrayList<>();
        for (JsonNode role : array(root, "experience", "file")) {
            keys.add(text(role, "key", "role"));
        }
        return keys;
    }

    /** A non-empty list under {@code field}. */
    private static List<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        assertThat(value.isArray()).as(where + "." + field + " is a list").isTrue();
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        assertThat(items).as(where + "." + field).isNotEmpty();
        return items;
    }

    /** Non-blank text under {@code field}. */
    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        assertThat(value.isTextual()).as(where + "." + field + " is text").isTrue();
        assertThat(value.asText()).as(where + "." + field).isNotBlank();
        return value.asText();
    }

    /** {@code field} present and either null (returned as "") or non-blank text. */
    private static String optional(JsonNode node, String field, String where) {
        assertThat(node.has(field)).as(where + " has " + field).isTrue();
        return node.get(field).isNull() ? "" : text(node, field, where);
    }

    private static LocalDate date(JsonNode node, String field, String where) {
        String value = text(node, field, where);
        assertThat(value).as(where + "." + field).matches("\\d{4}-\\d{2}-\\d{2}");
        return LocalDate.parse(value);
    }
}
