package jsa.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jsa.interview.PrepInputs.Project;
import jsa.jd.SkillVocabulary;
import jsa.jd.SkillVocabulary.Mention;
import jsa.resume.Keywords;
import jsa.resume.RequirementOverlap;

/**
 * What the offline preparation engines work from: the job, its drivers (the most relevant
 * requirements that name something) and the profile's projects, ranked by keyword overlap with the
 * requirements ({@link RequirementOverlap}). It only ever quotes the projects' own phrases.
 */
final class OfflineMaterial {
    private static final int MAX_DRIVERS = 3;
    private static final Pattern YEARS = Pattern.compile("(?i)\\b\\d+\\+?\\s*(years|yrs)\\b");

    final String title;
    final String company;
    final List<String> requirements;
    final List<String> drivers;
    final List<Project> projects;
    private final Set<Project> used = new HashSet<>();
    // finding a text's keywords runs the skill vocabulary's patterns: once per project, not per comparison
    private final Map<Project, Keywords> keywords = new HashMap<>();
    private RequirementOverlap overall;

    OfflineMaterial(Map<String, String> inputs) {
        title = PrepInputs.text(inputs, PrepInputs.TITLE);
        company = PrepInputs.text(inputs, PrepInputs.COMPANY);
        requirements = PrepInputs.requirements(inputs);
        projects = PrepInputs.experience(inputs);
        List<String> named =
                requirements.stream().filter(r -> !Keywords.of(r).isEmpty()).toList();
        // "5+ years of ..." screens candidates out; it is not what a callback is won on
        List<String> substantive =
                named.stream().filter(r -> !YEARS.matcher(r).find()).toList();
        List<String> candidates = substantive.isEmpty() ? named : substantive;
        drivers =
                candidates.isEmpty() ? List.of(title) : candidates.subList(0, Math.min(MAX_DRIVERS, candidates.size()));
    }

    /** A short name for driver {@code i} (the first skill it names, else its text), or the title past the last one. */
    String term(int i) {
        if (i >= drivers.size()) {
            return drivers.get(0).equals(title) ? title : term(0);
        }
        String driver = drivers.get(i);
        List<Mention> mentions = SkillVocabulary.mentions(driver);
        if (!mentions.isEmpty()) {
            return mentions.get(0).skill().canonical();
        }
        String text = driver.length() > 60 ? driver.substring(0, 60).strip() + "…" : driver;
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The project that best answers {@code theme} (and the requirements as a whole), preferring
     * one not chosen before; null when the profile has no projects.
     */
    Project best(String theme) {
        RequirementOverlap forTheme = RequirementOverlap.of(title, "- " + theme);
        RequirementOverlap overall = overall();
        Project best = null;
        double bestScore = -1;
        for (Project project : projects) {
            Keywords keywords = keywords(project);
            double score = forTheme.score(keywords) + 0.5 * overall.score(keywords) - (used.contains(project) ? 2 : 0);
            if (score > bestScore) {
                best = project;
                bestScore = score;
            }
        }
        if (best != null) {
            used.add(best);
        }
        return best;
    }

    /** The projects most relevant to the requirements first. */
    List<Project> ranked() {
        RequirementOverlap overall = overall();
        List<Project> ranked = new ArrayList<>(projects);
        ranked.sort((a, b) -> Double.compare(overall.score(keywords(b)), overall.score(keywords(a))));
        return ranked;
    }

    static String name(Project project) {
        return project.shortName().replaceAll("[-_]+", " ");
    }

    static String tools(Project project) {
        return String.join(
                ", ", project.tools().subList(0, Math.min(3, project.tools().size())));
    }

    private RequirementOverlap overall() {
        if (overall == null) {
            overall = RequirementOverlap.of(title, String.join("\n", requirements));
        }
        return overall;
    }

    private Keywords keywords(Project project) {
        return keywords.computeIfAbsent(project, OfflineMaterial::keywordsOf);
    }

    private static Keywords keywordsOf(Project project) {
        List<String> parts = new ArrayList<>(List.of(project.shortName()));
        if (project.problemContext() != null) {
            parts.add(project.problemContext());
        }
        parts.addAll(project.actions());
        parts.addAll(project.tools());
        parts.addAll(project.outcomes());
        return Keywords.of(String.join(". ", parts));
    }
}
