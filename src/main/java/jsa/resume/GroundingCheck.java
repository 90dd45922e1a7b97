package jsa.resume;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jsa.jd.SkillVocabulary.Mention;
import jsa.resume.Figures.Figure;
import jsa.resume.Ungrounded.Kind;

/**
 * Finds the facts a generated bullet states that its role's project data does not: invented
 * numbers, percentages, money amounts and tools, the main complaint about LLM-written resumes.
 *
 * <p>The project data is every project's short name, problem context, actions, tools and outcomes.
 * Figures are compared by value after normalization (see {@link Figures}): a percentage is grounded
 * only by the same percentage and money only by the same amount of money, while a plain number
 * ("40", "3x", "p95") is grounded by any figure of that value. A year is also grounded when it
 * falls within the role's dates. Figures the data does not state literally, such as "85% faster"
 * worked out from "4.2 s to 650 ms", are flagged: a person should check them. A tool is a skill of
 * jsa's vocabulary that is not a practice or soft skill; it is grounded when the data names it by
 * any spelling ("k8s" for Kubernetes) or inside a longer name ("GitHub" in "GitHub Actions").
 */
public final class GroundingCheck {
    /**
     * The facts in {@code bullet} that {@code role}'s projects do not state, in the order the bullet
     * states them, each once.
     */
    public List<Ungrounded> check(String bullet, ExperienceRole role) {
        String facts = String.join(
                "\n", role.projects().stream().flatMap(GroundingCheck::phrases).toList());
        List<Figure> stated = Figures.in(facts);
        List<Flag> flags = new ArrayList<>();
        for (Figure figure : Figures.in(bullet)) {
            if (stated.stream().noneMatch(known -> grounds(known, figure)) && !withinDates(figure, role)) {
                flags.add(new Flag(figure.start(), new Ungrounded(figure.kind(), figure.text())));
            }
        }
        for (Mention tool : ToolVocabulary.toolsIn(bullet)) {
            if (!tool.skill().namedIn(facts)) {
                flags.add(new Flag(tool.start(), new Ungrounded(Kind.TOOL, tool.text())));
            }
        }
        return flags.stream()
                .sorted(Comparator.comparingInt(Flag::start))
                .map(Flag::ungrounded)
                .distinct()
                .toList();
    }

    private record Flag(int start, Ungrounded ungrounded) {}

    private static Stream<String> phrases(ExperienceProject project) {
        Stream<String> context =
                project.problemContext() == null ? Stream.empty() : Stream.of(project.problemContext());
        return Stream.of(
                        Stream.of(project.shortName()),
                        context,
                        project.actions().stream(),
                        project.tools().stream(),
                        project.outcomes().stream())
                .flatMap(phrases -> phrases);
    }

    private static boolean grounds(Figure known, Figure claimed) {
        boolean kindFits = claimed.kind() == Kind.NUMBER || claimed.kind() == known.kind();
        return kindFits && known.value().compareTo(claimed.value()) == 0;
    }

    /** "since 2021" in a role held 2020 to 2023 repeats the role's dates, which the resume shows anyway. */
    private static boolean withinDates(Figure figure, ExperienceRole role) {
        if (!figure.text().matches("\\d{4}")) {
            return false;
        }
        int year = figure.value().intValue();
        LocalDate end = role.endDate() == null ? LocalDate.now() : role.endDate();
        return year >= role.startDate().getYear() && year <= end.getYear();
    }
}
