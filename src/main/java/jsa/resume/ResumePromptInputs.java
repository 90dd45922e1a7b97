package jsa.resume;

import java.util.Map;

/**
 * The inputs of the {@code bullets} and {@code skills} prompts, by name, as the offline writers read
 * them: raw strings, exactly what the prompt templates are rendered from.
 */
final class ResumePromptInputs {
    /** The job aimed at, as free text: "Senior Software Engineer, Backend at Northwind Traders". */
    static final String TARGET = "target";
    /** The job's requirements, most relevant first, one "- phrase" a line; empty without a posting. */
    static final String REQUIREMENTS = "requirements";
    /** The JSON of a {@link RoleBrief}. */
    static final String ROLE = "role";
    /** The most bullets a role may get, a decimal integer. */
    static final String MAX_BULLETS = "max_bullets";
    /** A JSON array of every tool of the resume's roles, distinct, in first-appearance order. */
    static final String TOOLS = "tools";
    /** The most skill categories, a decimal integer. */
    static final String MAX_CATEGORIES = "max_categories";

    private ResumePromptInputs() {}

    /** The input {@code name}, or "" when it is absent. */
    static String text(Map<String, String> inputs, String name) {
        String value = inputs.get(name);
        return value == null ? "" : value;
    }

    /**
     * The input {@code name} as a count of at least one.
     *
     * @throws IllegalArgumentException when it is not a positive decimal integer
     */
    static int positiveCount(Map<String, String> inputs, String name) {
        String value = text(inputs, name).strip();
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
        }
        return Integer.parseInt(value);
    }
}
