package jsa.jd;

/**
 * The outcome of parsing a job description.
 *
 * @param model the validated parse, with the user's overrides applied
 * @param jobId the stored job, or null when not saved
 * @param updated whether an existing job (same posting) was updated rather than added
 * @param provider who parsed it: {@code anthropic}, {@code openai} or {@code offline}
 * @param modelName the model, or the offline rule set
 * @param costUsd what the call cost
 */
public record ParsedJd(JdModel model, Long jobId, boolean updated, String provider, String modelName, double costUsd) {
    /** Whether the offline rule engine, not a model, parsed it. */
    public boolean ruleBased() {
        return "offline".equals(provider);
    }
}
