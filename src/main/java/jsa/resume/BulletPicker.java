package jsa.resume;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jsa.jd.SkillVocabulary;

/**
 * Chooses a role's bullets for the offline writer and composes them as {@link BulletDraft}s, from
 * the role's own phrases only, ranked by {@link RequirementOverlap}.
 *
 * <p>A bullet's relevance is the mean of two overlaps with the requirements: its action and outcome
 * together, and its project's (short name, problem context, actions, tools and outcomes). A bullet
 * stands for its project's work, so a project built on the job's tools lends relevance to each of
 * its bullets, while the action and outcome rank the bullets of one project. The tools a bullet
 * lists are left out of its own overlap: they are chosen for the requirements, so counting them
 * would favour the actions that name no tool over those that name the job's.
 *
 * <p>Bullets are picked one at a time, best first. Each action is paired with its project's most
 * relevant unused outcome; each pick lowers the later bullets of its project by {@value #SPREAD},
 * so the picks go round the projects (in project-score order) unless a project's next bullet is
 * clearly better. No action or outcome is used twice. Outcomes stand alone only when every action
 * of the role is used, so a role runs short of bullets only when it runs out of phrases. Ties go
 * to the action that matches the requirements by itself (rather than through the outcome it is
 * paired with), then to the earlier project and phrase of the input, so the same role always gets
 * the same bullets.
 */
final class BulletPicker {
    /** How much each bullet already picked from a project lowers that project's next one. */
    private static final double SPREAD = 0.15;

    private static final int MAX_TOOLS = 3;

    /** A composed bullet and its relevance, 0 to 1. */
    record Bullet(String text, double relevance) {}

    /**
     * A project's phrases, cleaned, and its overlap with the requirements.
     *
     * @param actions each action, in order, with the tools its bullet names (see {@link #toolsFor})
     */
    private record ProjectPhrases(Map<String, List<String>> actions, List<String> outcomes, double score) {}

    /**
     * A candidate bullet.
     *
     * @param priority its relevance lowered by its project's bullets already picked
     * @param own the overlap of its action (or lone outcome) by itself
     */
    private record Pick(int project, String action, BulletDraft draft, double relevance, double priority, double own) {}

    /** Of two picks equally good with their outcomes, the one whose action matches by itself. */
    private static final Comparator<Pick> BETTER =
            Comparator.comparingDouble(Pick::priority).thenComparingDouble(Pick::own);

    private final RequirementOverlap requirements;
    private final Map<String, Double> scores = new HashMap<>();

    /** A picker for one answer: it remembers the scores of the texts it has seen. */
    BulletPicker(RequirementOverlap requirements) {
        this.requirements = requirements;
    }

    /** At most {@code max} bullets for {@code role}, most relevant first. */
    List<Bullet> pick(RoleBrief role, int max) {
        List<ProjectPhrases> projects = Stream.ofNullable(role.projects())
                .flatMap(List::stream)
                .map(this::project)
                .sorted(Comparator.comparingDouble(ProjectPhrases::score).reversed())
                .toList();
        Set<String> used = new HashSet<>();
        int[] picked = new int[projects.size()];
        List<Bullet> bullets = new ArrayList<>();
        while (bullets.size() < max) {
            boolean actionsLeft = projects.stream()
                    .anyMatch(p -> !unused(p.actions().keySet(), used).isEmpty());
            Pick best = null;
            for (int i = 0; i < projects.size(); i++) {
                for (Pick pick : candidates(i, projects.get(i), actionsLeft, used, picked[i])) {
                    if (best == null || BETTER.compare(pick, best) > 0) {
                        best = pick;
                    }
                }
            }
            if (best == null) {
                break;
            }
            Stream.concat(
                            Stream.ofNullable(best.action()),
                            Stream.ofNullable(best.draft().outcome()))
                    .forEach(phrase -> used.add(key(phrase)));
            picked[best.project()]++;
            bullets.add(new Bullet(best.draft().text(), best.relevance()));
        }
        bullets.sort(Comparator.comparingDouble(Bullet::relevance).reversed());
        return bullets;
    }

    private List<Pick> candidates(
            int index, ProjectPhrases project, boolean actionsLeft, Set<String> used, int picked) {
        List<Pick> picks = new ArrayList<>();
        if (actionsLeft) {
            String outcome = unused(project.outcomes(), used).stream()
                    .max(Comparator.comparingDouble(this::score))
                    .orElse(null);
            for (String action : unused(project.actions().keySet(), used)) {
                BulletDraft draft = new BulletDraft(action, project.actions().get(action), outcome);
                picks.add(pick(index, project, action, draft, picked));
            }
        } else {
            for (String outcome : unused(project.outcomes(), used)) {
                picks.add(pick(index, project, null, new BulletDraft(null, List.of(), outcome), picked));
            }
        }
        return picks;
    }

    private Pick pick(int index, ProjectPhrases project, String action, BulletDraft draft, int picked) {
        String said = Stream.concat(Stream.ofNullable(action), Stream.ofNullable(draft.outcome()))
                .collect(Collectors.joining("\n"));
        double relevance = (score(said) + project.score()) / 2;
        double own = score(action == null ? draft.outcome() : action);
        return new Pick(index, action, draft, relevance, relevance - SPREAD * picked, own);
    }

    /**
     * The tools an action's bullet lists: up to three of the project's, those the requirements name
     * first, else its first ones, in the project's order. Only the project's first action (the work
     * the project is about) gets them: the data says which tools the project used, not which
     * action used which, and "wrote runbooks using Kafka" would claim what it does not say. None
     * either when the action names a tool of the project itself.
     */
    private List<String> toolsFor(String action, boolean first, List<String> tools) {
        if (!first || tools.stream().anyMatch(tool -> names(action, tool))) {
            return List.of();
        }
        List<String> preferred = Stream.concat(
                        tools.stream().filter(tool -> requirements.touches(Keywords.of(tool))), tools.stream())
                .distinct()
                .limit(MAX_TOOLS)
                .toList();
        return tools.stream().filter(preferred::contains).toList();
    }

    /**
     * Whether {@code text} names {@code tool}: as written, or by any spelling of a skill the tool
     * names ("Java" for "Java 17").
     */
    private static boolean names(String text, String tool) {
        Pattern asWritten = Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(tool) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
        return asWritten.matcher(text).find()
                || SkillVocabulary.mentions(tool).stream()
                        .anyMatch(mention -> mention.skill().namedIn(text));
    }

    private ProjectPhrases project(RoleBrief.Project brief) {
        List<String> actions = phrases(brief.actions());
        List<String> tools = phrases(brief.tools());
        List<String> outcomes = phrases(brief.outcomes());
        Map<String, List<String>> toolsByAction = new LinkedHashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            toolsByAction.put(actions.get(i), toolsFor(actions.get(i), i == 0, tools));
        }
        String all = Stream.of(
                        Stream.ofNullable(brief.name()),
                        Stream.ofNullable(brief.context()),
                        actions.stream(),
                        tools.stream(),
                        outcomes.stream())
                .flatMap(phrases -> phrases)
                .collect(Collectors.joining("\n"));
        return new ProjectPhrases(toolsByAction, outcomes, score(all));
    }

    /** The non-blank phrases of a list that may be null in a hand-written brief, cleaned. */
    private static List<String> phrases(List<String> list) {
        return Stream.ofNullable(list)
                .flatMap(List::stream)
                .filter(Objects::nonNull)
                .map(BulletDraft::clean)
                .filter(phrase -> !phrase.isEmpty())
                .distinct()
                .toList();
    }

    private static List<String> unused(Collection<String> phrases, Set<String> used) {
        return phrases.stream().filter(phrase -> !used.contains(key(phrase))).toList();
    }

    /** Phrases that differ only in case are one phrase: used once. */
    private static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT);
    }

    private double score(String text) {
        // each round scores the same drafts again, and finding skills in a text is the costly part
        return scores.computeIfAbsent(text, unscored -> requirements.score(Keywords.of(unscored)));
    }
}
