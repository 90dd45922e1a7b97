package jsa.resume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that span entries of a profile file, which field constraints cannot express: keys
 * and names listed twice, and dates out of order. Each problem names the field as the file
 * spells it.
 */
final class ProfileRules {
    private ProfileRules() {}

    static List<String> problems(ProfileDocument document) {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < document.experience().size(); i++) {
            ExperienceRole role = document.experience().get(i);
            String where = "experience[" + i + "]";
            if (role.key() != null && !keys.add(role.key())) {
                problems.add(where + ".key: '" + role.key() + "' is listed twice; keys must be unique");
            }
            if (role.startDate() != null
                    && role.endDate() != null
                    && role.endDate().isBefore(role.startDate())) {
                problems.add(where + ".end_date: " + role.endDate() + " is before start_date " + role.startDate());
            }
            Set<String> projects = new HashSet<>();
            for (int j = 0; j < role.projects().size(); j++) {
                String name = role.projects().get(j).shortName();
                if (name != null && !projects.add(name)) {
                    problems.add(
                            where + ".projects[" + j + "].short_name: '" + name + "' is listed twice in this role");
                }
            }
        }
        Set<String> names = new HashSet<>();
        Map<String, Integer> targets = new HashMap<>();
        for (int i = 0; i < document.templates().size(); i++) {
            ResumeTemplate template = document.templates().get(i);
            String where = "templates[" + i + "]";
            if (template.name() != null && !names.add(template.name())) {
                problems.add(where + ".name: '" + template.name() + "' is listed twice");
            }
            Integer earlier = template.targetRole() == null ? null : targets.putIfAbsent(template.target(), i);
            if (earlier != null) {
                problems.add(where + ": same target_role, target_level and target_specialization as templates["
                        + earlier + "]; change one of them");
            }
            Set<String> shown = new HashSet<>();
            for (int j = 0; j < template.roles().size(); j++) {
                String key = template.roles().get(j).experience();
                if (key != null && !shown.add(key)) {
                    problems.add(
                            where + ".roles[" + j + "].experience: '" + key + "' is listed twice in this template");
                }
            }
        }
        return problems;
    }
}
