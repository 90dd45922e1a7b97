package jsa.resume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The answer of a {@code skills} call: the skills section in categories, most relevant first. */
public record SkillsAnswer(@NotNull @Size(min = 1) List<@NotNull @Valid Category> categories) {
    /** One category, such as "Languages: Java, Python". */
    public record Category(
            @NotBlank @Size(max = 40) String name,
            @NotNull @Size(min = 1, max = 12) List<@NotBlank @Size(max = 40) String> skills) {}

    /**
     * What a valid answer may still get wrong: more categories than asked for, a category named
     * twice, a skill in two places.
     */
    List<String> problems(int maxCategories) {
        List<String> problems = new ArrayList<>();
        if (categories.size() > maxCategories) {
            problems.add("categories: " + categories.size() + " given, at most " + maxCategories + " asked for");
        }
        Map<String, String> names = new HashMap<>();
        Map<String, String> skills = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            String where = "categories[" + i + "]";
            String sameName = names.putIfAbsent(key(category.name()), where);
            if (sameName != null) {
                problems.add(where + ".name: '" + category.name() + "' is also the name of " + sameName);
            }
            for (String skill : category.skills()) {
                String first = skills.putIfAbsent(key(skill), where);
                if (first != null) {
                    problems.add(where + ".skills: '" + skill + "' is also in " + first);
                }
            }
        }
        return problems;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
