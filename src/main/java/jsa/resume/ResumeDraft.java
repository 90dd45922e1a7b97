package jsa.resume;

import java.util.List;

/**
 * A generated resume, validated and checked, before it is stored.
 *
 * @param templateId the template it follows
 * @param provider who wrote the bullets: {@code anthropic}, {@code openai} or {@code offline}
 * @param model the model that wrote them, or the offline rule set
 * @param roles the template's roles in its order
 * @param skills the skills section, most relevant category first
 */
record ResumeDraft(
        ResumeTarget target,
        long templateId,
        String provider,
        String model,
        List<Role> roles,
        List<SkillsAnswer.Category> skills) {
    /** A role's frozen title and its bullets. */
    record Role(String roleKey, String title, List<Bullet> bullets) {}

    /** A bullet with the facts the grounding check could not find in the role's projects. */
    record Bullet(String text, double relevance, List<Ungrounded> flags) {}
}
