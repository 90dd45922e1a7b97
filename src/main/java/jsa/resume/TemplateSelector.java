package jsa.resume;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jsa.JsaException;

/**
 * Chooses the resume template for a job from its role, level and specialization. It holds the stored
 * templates and reads nothing else.
 *
 * <p>First the role: only the templates of the role that {@link RoleMatch} finds count (the same words,
 * ignoring case and punctuation, or the template's role as whole words inside the job's, such as "Data
 * Engineer" in "Senior Data Engineer"). Then the level, in this order; the first step that finds any
 * template decides:
 *
 * <ol>
 *   <li>the same level: the same rung of the {@link Seniority} ladder ("Sr." is "Senior"; "2", "II" and
 *       "mid" are one rung), or the same words off it ("Manager"). No level asked matches the templates
 *       without one. When no level is asked, a ladder word in the job's role around the template's role
 *       stands for it ("II" in "Software Engineer II").
 *   <li>the role's general template, one without a level.
 *   <li>the nearest rung; of two equally near, the lower, so the resume never aims above the job.
 *   <li>the role's first template, at whatever level: reached only when the level is absent or off the
 *       ladder, or none of the role's templates has a level on it.
 * </ol>
 *
 * <p>Within the deciding step the specialization ranks the templates: the same one (ignoring case and
 * punctuation), then none, then any other. A tie left after that goes to the lowest id, the template
 * imported first. When no template's role matches, {@link #select} throws.
 */
public final class TemplateSelector {
    private final List<TemplateSummary> templates;

    /** @param templates the stored templates, in any order */
    public TemplateSelector(List<TemplateSummary> templates) {
        this.templates = templates.stream()
                .sorted(Comparator.comparingLong(TemplateSummary::id))
                .toList();
    }

    /**
     * The chosen template and how it matched.
     *
     * @param reason one line, "exact: ..." or "fallback: ..." with what was used in place of what
     */
    public record Selection(TemplateSummary template, String reason) {}

    /** The level steps of the class comment, in their order. */
    private enum LevelStep {
        SAME,
        GENERAL,
        NEAREST,
        FIRST
    }

    /**
     * @param role the job's role, such as "Software Engineer"
     * @param level its level, or null
     * @param specialization its specialization, or null
     * @throws JsaException when no template is for the role
     */
    public Selection select(String role, String level, String specialization) {
        RoleMatch match = RoleMatch.find(role, templates).orElseThrow(() -> noTemplate(role, level));
        Ask ask = Ask.of(role, match, level, specialization);
        List<TemplateSummary> ofRole = templates.stream().filter(match::fits).toList();
        for (LevelStep step : LevelStep.values()) {
            Optional<TemplateSummary> chosen = atLevel(step, ask.level, ofRole).stream()
                    .min(Comparator.comparingInt((TemplateSummary t) -> specializationRank(ask, t))
                            .thenComparingLong(TemplateSummary::id));
            if (chosen.isPresent()) {
                return new Selection(chosen.get(), reason(ask, step, chosen.get()));
            }
        }
        throw new IllegalStateException("the FIRST step takes any template of the matched role");
    }

    /** What the job asks for, as selection compares it. */
    private record Ask(
            String role,
            RoleMatch match,
            TargetLevel level,
            boolean levelFromRole,
            String specialization,
            String specializationKey) {
        static Ask of(String role, RoleMatch match, String level, String specialization) {
            TargetLevel asked = TargetLevel.of(level);
            // only the level words: "Senior" of "Senior Backend Data Engineer"
            List<String> levelWords = match.extraWords().stream()
                    .filter(word -> Seniority.in(List.of(word)).isPresent())
                    .toList();
            TargetLevel inRole = TargetLevel.of(String.join(" ", levelWords));
            boolean fromRole = asked.isAbsent() && inRole.rung().isPresent();
            // "Backend Engineer" matched as "Software Engineer" for Backend: the role's word outranks the text's
            String specializationText = match.specialization() != null
                    ? match.specialization()
                    : specialization == null ? "" : specialization.strip();
            return new Ask(
                    role.strip(),
                    match,
                    fromRole ? inRole : asked,
                    fromRole,
                    specializationText,
                    TargetWords.key(specializationText));
        }
    }

    private static List<TemplateSummary> atLevel(LevelStep step, TargetLevel asked, List<TemplateSummary> ofRole) {
        return switch (step) {
            case SAME -> ofRole.stream().filter(t -> asked.sameAs(levelOf(t))).toList();
            case GENERAL -> ofRole.stream().filter(t -> levelOf(t).isAbsent()).toList();
            case NEAREST -> asked.rung().map(rung -> nearest(rung, ofRole)).orElse(List.of());
            case FIRST -> ofRole;
        };
    }

    private static List<TemplateSummary> nearest(Seniority rung, List<TemplateSummary> ofRole) {
        Optional<Seniority> nearest = ofRole.stream()
                .flatMap(t -> levelOf(t).rung().stream())
                .min(Comparator.comparingInt(rung::distance).thenComparing(Comparator.naturalOrder()));
        return ofRole.stream()
                .filter(t -> nearest.isPresent() && levelOf(t).rung().equals(nearest))
                .toList();
    }

    private static TargetLevel levelOf(TemplateSummary template) {
        return TargetLevel.of(template.targetLevel());
    }

    private static int specializationRank(Ask ask, TemplateSummary template) {
        String offered = TargetWords.key(template.targetSpecialization());
        if (offered.equals(ask.specializationKey)) {
            return 0;
        }
        return offered.isEmpty() ? 1 : 2;
    }

    private static String reason(Ask ask, LevelStep step, TemplateSummary chosen) {
        boolean exact = ask.match.exact()
                && step == LevelStep.SAME
                && !ask.levelFromRole
                && specializationRank(ask, chosen) == 0;
        String roleClause =
                ask.match.exact() ? "role " + chosen.targetRole() : "role " + ask.role + " as " + chosen.targetRole();
        return Stream.of(roleClause, levelClause(ask, step, chosen), specializationClause(ask, chosen))
                .filter(clause -> !clause.isEmpty())
                .collect(Collectors.joining(", ", exact ? "exact: " : "fallback: ", ""));
    }

    private static String levelClause(Ask ask, LevelStep step, TemplateSummary chosen) {
        TargetLevel offered = levelOf(chosen);
        String asked = ask.level.isAbsent()
                ? "no level asked"
                : "level " + ask.level.text().strip() + (ask.levelFromRole ? " (from the role)" : "");
        return switch (step) {
            case SAME -> {
                if (ask.level.isAbsent()) {
                    yield "";
                }
                boolean sameWords = offered.key().equals(ask.level.key()) && !ask.levelFromRole;
                yield sameWords ? "level " + offered.text() : asked + " as " + offered.text();
            }
            case GENERAL -> asked + " has no template, used the role's template without a level";
            case NEAREST -> asked + " has no template, used the nearest level " + offered.text();
            case FIRST ->
                (ask.level.isAbsent() ? asked : asked + " has no template") + ", used the role's first template, level "
                        + offered.text();
        };
    }

    private static String specializationClause(Ask ask, TemplateSummary chosen) {
        String offered = chosen.targetSpecialization();
        boolean offersNone = TargetWords.key(offered).isEmpty();
        if (specializationRank(ask, chosen) == 0) {
            return offersNone ? "" : "specialization " + offered;
        }
        if (ask.specializationKey.isEmpty()) {
            return "no specialization asked, used specialization " + offered;
        }
        String asked = "specialization " + ask.specialization + " has no template, used ";
        return asked + (offersNone ? "one without a specialization" : "specialization " + offered);
    }

    private JsaException noTemplate(String role, String level) {
        if (TargetWords.of(role).isEmpty()) {
            return JsaException.failure(
                    "the job names no role, so no template can be chosen for it",
                    "pass --template ID ('jsa template list' shows them)");
        }
        String asked = "role '" + role.strip() + "'"
                + (TargetLevel.of(level).isAbsent() ? "" : " at level '" + level.strip() + "'");
        if (templates.isEmpty()) {
            return JsaException.failure(
                    "no template for " + asked + ": there are no templates",
                    "add templates to your profile file and run 'jsa profile import FILE'");
        }
        Map<String, String> roles = new LinkedHashMap<>();
        templates.forEach(t -> roles.putIfAbsent(TargetWords.key(t.targetRole()), t.targetRole()));
        return JsaException.failure(
                "no template for " + asked + "; the templates are for " + String.join(", ", roles.values()),
                "add a template for it to your profile file, or pass --template ID");
    }
}
