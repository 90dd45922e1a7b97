package jsa.resume;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One experience role as the bullet writer is given it: the JSON of the {@code role} input of the
 * {@code bullets} prompt, which the offline writer reads back.
 *
 * @param start the month the role began, {@code YYYY-MM}
 * @param end the month it ended, or null while it is current
 */
public record RoleBrief(String company, String title, String start, String end, List<Project> projects) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** One project of the role, in the user's own short phrases. */
    public record Project(
            String name, String context, List<String> actions, List<String> tools, List<String> outcomes) {}

    /** The brief of {@code role}. */
    public static RoleBrief of(ExperienceRole role) {
        return new RoleBrief(
                role.company(),
                role.title(),
                month(role.startDate()),
                month(role.endDate()),
                role.projects().stream()
                        .map(p -> new Project(p.shortName(), p.problemContext(), p.actions(), p.tools(), p.outcomes()))
                        .toList());
    }

    /** The brief as the prompt's {@code role} input. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a role brief is always serializable", e);
        }
    }

    /** The brief a {@code role} input holds. */
    public static RoleBrief fromJson(String json) {
        try {
            return JSON.readValue(json, RoleBrief.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a role brief: " + e.getOriginalMessage(), e);
        }
    }

    private static String month(LocalDate date) {
        return date == null ? null : MONTH.format(date);
    }
}
