package jsa.llm;

/**
 * Versioned instructions for a task, from the resource {@code prompts/<name>.v<version>.md}.
 *
 * @param name the task it serves, e.g. {@code parse-jd}
 * @param version its version; a changed prompt is a new file with the next version
 * @param hash SHA-256 (hex) of the file, recorded in the ledger with name and version
 * @param system the stable instructions, sent first so that providers can cache them
 * @param contextTemplate what a series of calls shares after the instructions (the requirements
 *     of the job that every role's bullets are written for), with {@code {{name}}} placeholders;
 *     empty when every call stands alone
 * @param userTemplate the variable part, with {@code {{name}}} placeholders for the inputs
 */
public record Prompt(
        String name, int version, String hash, String system, String contextTemplate, String userTemplate) {}
