package jsa.resume;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a resume's skills into the categories of its skills section, by {@link
 * jsa.jd.SkillVocabulary} section under a resume heading ("Web and mobile frameworks" is
 * "Frameworks"); skills the vocabulary does not know are "Tools".
 *
 * <p>Categories are ordered by their skills' {@link RequirementOverlap} together, then with the
 * unknown tools after the sections (a catch-all is no more important for being large), then by
 * size, then by where their first skill appears; within a category, skills by their own overlap,
 * then in input order. When there are more categories than allowed, the least relevant sections
 * are merged with the unknown tools into one "Other tools" category, ranked like the others. A
 * category shows at most {@value #MAX_SKILLS} skills, its most relevant; the rest are left out.
 */
final class SkillCategories {
    /** The most skills one category shows. */
    static final int MAX_SKILLS = 12;

    private static final String TOOLS = "Tools";
    private static final String OTHER_TOOLS = "Other tools";

    /** Resume headings of the vocabulary sections whose own names read poorly on a resume. */
    private static final Map<String, String> HEADINGS = Map.of(
            "Web and mobile frameworks", "Frameworks",
            "Data and ML", "Data & ML",
            "Cloud and infrastructure", "Cloud & DevOps",
            "Product, design and process", "Product & Process",
            "Business and finance", "Business Tools",
            "Soft skills", "Soft Skills",
            "Languages spoken", "Spoken Languages");

    /** One category: its heading and its skills' names, most relevant first. */
    record Category(String name, List<String> skills) {}

    /** A category being built: its section (null for the unknown tools) and skills. */
    private record Group(String section, List<ListedSkill> skills, double score) {}

    private final RequirementOverlap requirements;

    SkillCategories(RequirementOverlap requirements) {
        this.requirements = requirements;
    }

    /** At most {@code max} categories of {@code skills}, most relevant first; none without skills. */
    List<Category> arrange(List<ListedSkill> skills, int max) {
        Map<String, List<ListedSkill>> bySection = new LinkedHashMap<>();
        skills.forEach(skill -> bySection
                .computeIfAbsent(skill.section(), section -> new ArrayList<>())
                .add(skill));
        List<Group> groups = ranked(bySection.entrySet().stream()
                .map(entry -> group(entry.getKey(), entry.getValue()))
                .toList());
        if (groups.size() <= max) {
            return groups.stream().map(group -> category(group, TOOLS)).toList();
        }
        List<Group> sections =
                groups.stream().filter(group -> group.section() != null).toList();
        List<Group> kept = new ArrayList<>(sections.subList(0, max - 1));
        List<ListedSkill> rest = groups.stream()
                .filter(group -> !kept.contains(group))
                .flatMap(group -> group.skills().stream())
                .toList();
        kept.add(group(null, rest));
        return ranked(kept).stream().map(group -> category(group, OTHER_TOOLS)).toList();
    }

    private Group group(String section, List<ListedSkill> skills) {
        List<ListedSkill> ordered = skills.stream()
                .sorted(Comparator.comparingDouble(this::score).reversed().thenComparingInt(ListedSkill::order))
                .toList();
        Keywords all = skills.stream().map(ListedSkill::keywords).reduce(Keywords.NONE, Keywords::and);
        return new Group(section, ordered, requirements.score(all));
    }

    private static List<Group> ranked(List<Group> groups) {
        return groups.stream()
                .sorted(Comparator.comparingDouble(Group::score)
                        .reversed()
                        .thenComparing(group -> group.section() == null)
                        .thenComparing(Comparator.comparingInt(
                                        (Group group) -> group.skills().size())
                                .reversed())
                        .thenComparingInt(SkillCategories::firstOrder))
                .toList();
    }

    private static int firstOrder(Group group) {
        return group.skills().stream().mapToInt(ListedSkill::order).min().orElseThrow();
    }

    /** The group as a category; {@code unknownName} names the group of skills without a section. */
    private static Category category(Group group, String unknownName) {
        String name = group.section() == null ? unknownName : HEADINGS.getOrDefault(group.section(), group.section());
        List<String> shown =
                group.skills().stream().limit(MAX_SKILLS).map(ListedSkill::name).toList();
        return new Category(name, shown);
    }

    private double score(ListedSkill skill) {
        return requirements.score(skill.keywords());
    }
}
