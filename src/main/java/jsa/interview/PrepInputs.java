package jsa.interview;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The inputs the interview preparation prompts name, and the JSON shapes of the structured ones,
 * which the offline engine reads back.
 */
final class PrepInputs {
    static final String TITLE = "title";
    static final String COMPANY = "company";
    static final String REQUIREMENTS = "requirements";
    static final String JD = "jd";
    static final String EXPERIENCE = "experience";
    static final String BASE = "base";
    static final String INTERVIEW = "interview";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PrepInputs() {}

    /** One project of the profile with the role it belongs to. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Project(
            String company,
            String title,
            String shortName,
            String problemContext,
            List<String> actions,
            List<String> tools,
            List<String> outcomes) {
        Project {
            actions = actions == null ? List.of() : List.copyOf(actions);
            tools = tools == null ? List.of() : List.copyOf(tools);
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }
    }

    /** What the interview is; null components are not known. */
    record Interview(String stage, String focus, String format, String interviewer) {}

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Project> experience(Map<String, String> inputs) {
        try {
            return List.of(JSON.readValue(text(inputs, EXPERIENCE), Project[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("experience is not a JSON list of projects", e);
        }
    }

    static Interview interview(Map<String, String> inputs) {
        try {
            return JSON.readValue(text(inputs, INTERVIEW), Interview.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("interview is not a JSON interview", e);
        }
    }

    /** The requirement lines without their "- ", most relevant first. */
    static List<String> requirements(Map<String, String> inputs) {
        return text(inputs, REQUIREMENTS)
                .lines()
                .map(line -> line.strip().replaceFirst("^-\\s*", ""))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static String text(Map<String, String> inputs, String name) {
        String value = inputs.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing input " + name);
        }
        return value;
    }
}
