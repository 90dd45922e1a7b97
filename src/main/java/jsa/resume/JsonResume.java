package jsa.resume;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Converts a JSON Resume document (https://jsonresume.org/schema) into a profile: basics become
 * the contact details and links, education the education, and each work entry a role whose key
 * comes from its company and position and whose highlights become its projects. Sections jsa
 * has no place for (skills, awards, ...) are ignored. It has no templates.
 */
final class JsonResume {
    private final List<String> problems = new ArrayList<>();

    private JsonResume() {}

    /** True when {@code root} looks like a JSON Resume rather than jsa's own format. */
    static boolean looksLike(JsonNode root) {
        return root.has("basics") || root.has("work");
    }

    /**
     * The profile {@code root} describes, not yet validated.
     *
     * @param problems receives what cannot be converted, named by the JSON Resume field
     */
    static ProfileDocument convert(JsonNode root, List<String> problems) {
        JsonResume converter = new JsonResume();
        ProfileDocument document = new ProfileDocument(converter.profile(root), converter.roles(root), List.of());
        problems.addAll(converter.problems);
        return document;
    }

    private Profile profile(JsonNode root) {
        JsonNode basics = root.path("basics");
        List<ProfileLink> links = new ArrayList<>();
        if (text(basics, "url") != null) {
            links.add(new ProfileLink("Website", text(basics, "url")));
        }
        for (JsonNode profile : basics.path("profiles")) {
            if (text(profile, "url") != null) {
                links.add(new ProfileLink(
                        Objects.requireNonNullElse(text(profile, "network"), "Link"), text(profile, "url")));
            }
        }
        List<Education> education = new ArrayList<>();
        for (JsonNode entry : root.path("education")) {
            List<String> courses = new ArrayList<>();
            entry.path("courses").forEach(course -> courses.add(course.asText()));
            education.add(new Education(
                    text(entry, "institution"),
                    text(entry, "studyType"),
                    text(entry, "area"),
                    yearMonth(text(entry, "startDate")),
                    yearMonth(text(entry, "endDate")),
                    courses));
        }
        return new Profile(
                text(basics, "name"),
                text(basics, "email"),
                text(basics, "phone"),
                location(basics.path("location")),
                text(basics, "label"),
                links,
                education);
    }

    private List<ExperienceRole> roles(JsonNode root) {
        List<ExperienceRole> roles = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        JsonNode work = root.path("work");
        for (int i = 0; i < work.size(); i++) {
            JsonNode entry = work.get(i);
            // older JSON Resume versions call the employer "company"
            String company = Objects.requireNonNullElse(text(entry, "name"), text(entry, "company"));
            String position = text(entry, "position");
            String where = "work[" + i + "]";
            if (text(entry, "startDate") == null) {
                problems.add(where + ".startDate is missing; every role needs the date it started");
            }
            roles.add(new ExperienceRole(
                    unique(key(company, position), keys),
                    company,
                    position,
                    date(text(entry, "startDate"), where + ".startDate"),
                    date(text(entry, "endDate"), where + ".endDate"),
                    text(entry, "location"),
                    projects(entry.path("highlights"))));
        }
        return roles;
    }

    // a highlight is one finished sentence: it becomes a project with that sentence as its action
    private static List<ExperienceProject> projects(JsonNode highlights) {
        List<ExperienceProject> projects = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode highlight : highlights) {
            String text = highlight.asText().strip();
            String name = unique(shortName(text), names);
            projects.add(new ExperienceProject(name, null, List.of(text), List.of(), List.of()));
        }
        return projects;
    }

    /** company + position in lower_snake_case, ASCII only, e.g. "acme_corp_software_engineer". */
    static String key(String company, String position) {
        String words = Stream.of(company, position).filter(Objects::nonNull).reduce("", (a, b) -> a + " " + b);
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        if (key.isEmpty()) {
            return "role";
        }
        return Character.isDigit(key.charAt(0)) ? "role_" + key : key;
    }

    // the first words, so that a project reads like the ones people write by hand
    private static String shortName(String text) {
        String[] words = text.split("\\s+");
        String name = String.join(" ", List.of(words).subList(0, Math.min(5, words.length)));
        return name.isBlank() ? "highlight" : name;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }

    private static String location(JsonNode location) {
        List<String> parts = Stream.of(text(location, "city"), text(location, "region"), text(location, "countryCode"))
                .filter(Objects::nonNull)
                .toList();
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    // JSON Resume dates are YYYY, YYYY-MM or YYYY-MM-DD; a role needs a day, so a month is its 1st
    private LocalDate date(String text, String where) {
        if (text == null) {
            return null;
        }
        String padded = text.length() == 4 ? text + "-01-01" : text.length() == 7 ? text + "-01" : text;
        try {
            return LocalDate.parse(padded);
        } catch (DateTimeException e) {
            problems.add(where + ": '" + text + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
            return null;
        }
    }

    private static String yearMonth(String text) {
        return text != null && text.length() > 7 ? text.substring(0, 7) : text;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank()
                ? value.asText().strip()
                : null;
    }
}
