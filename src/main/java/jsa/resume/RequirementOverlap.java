package jsa.resume;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How well a phrase matches a job's requirements, as one absolute score from 0 to 1, so that phrases
 * of different roles and projects compare. The offline resume writers and interview preparation rank by it.
 *
 * <p>Requirement {@code i} (counting from 0, most relevant first) weighs {@code 1 / (1 + 0.2 i)}. A
 * phrase touches a requirement by the {@link Keywords} they share: one shared skill touches it fully,
 * each shared plain word a third, up to fully. The score is the weighted touch summed over the
 * requirements, divided by the weight of the first three, and capped at 1: touching the three most
 * relevant requirements fully, or lower ones weighing as much, is a perfect match. A requirement line
 * with no keywords ("5+ years of experience") can match nothing and is left out. Without
 * requirements (a general resume), or with none that has keywords, the target's words stand for
 * them, as one requirement.
 */
public final class RequirementOverlap {
    private static final double DECAY = 0.2;
    private static final double WORD_TOUCH = 1.0 / 3;
    private static final int REQUIREMENTS_OF_A_FULL_MATCH = 3;

    private final List<Keywords> requirements;
    private final double fullMatchWeight;

    private RequirementOverlap(List<Keywords> requirements) {
        this.requirements = requirements;
        double full = 0;
        for (int i = 0; i < Math.min(requirements.size(), REQUIREMENTS_OF_A_FULL_MATCH); i++) {
            full += weight(i);
        }
        this.fullMatchWeight = full;
    }

    /** The requirements of a prompt's {@code target} and {@code requirements} inputs. */
    static RequirementOverlap of(Map<String, String> inputs) {
        return of(
                ResumePromptInputs.text(inputs, ResumePromptInputs.TARGET),
                ResumePromptInputs.text(inputs, ResumePromptInputs.REQUIREMENTS));
    }

    /**
     * @param target the job aimed at, whose words are used when there are no requirements
     * @param requirementLines one requirement a line, each optionally led by "- "
     */
    public static RequirementOverlap of(String target, String requirementLines) {
        List<Keywords> requirements = keywordsOf(requirementLines.lines());
        return new RequirementOverlap(requirements.isEmpty() ? keywordsOf(Stream.of(target)) : requirements);
    }

    private static List<Keywords> keywordsOf(Stream<String> lines) {
        return lines.map(line -> line.strip().replaceFirst("^-\\s*", ""))
                .map(Keywords::of)
                .filter(keywords -> !keywords.isEmpty())
                .toList();
    }

    /** The score of {@code phrase}, from 0 (touches no requirement) to 1; 0 for every phrase without requirements. */
    public double score(Keywords phrase) {
        double sum = 0;
        for (int i = 0; i < requirements.size(); i++) {
            sum += weight(i) * touch(requirements.get(i), phrase);
        }
        return fullMatchWeight == 0 ? 0 : Math.min(1, sum / fullMatchWeight);
    }

    /** Whether {@code phrase} shares a keyword with any requirement. */
    boolean touches(Keywords phrase) {
        return requirements.stream().anyMatch(requirement -> touch(requirement, phrase) > 0);
    }

    private static double weight(int index) {
        return 1 / (1 + DECAY * index);
    }

    private static double touch(Keywords requirement, Keywords phrase) {
        long skills =
                requirement.skills().stream().filter(phrase.skills()::contains).count();
        long words =
                requirement.stems().stream().filter(phrase.stems()::contains).count();
        return Math.min(1, skills + WORD_TOUCH * words);
    }
}
