package jsa.jd;

import jsa.JsaException;

/**
 * The outcome of parsing a job description.
 *
 * @param model the validated parse, with the user's overrides applied
 * @param jobId the stored job, or null when not saved
 * @param updated whether an existing job (same posting) was updated rather than added
 * @param provider who parsed it: {@code anthropic}, {@code openai} or {@code offline}
 * @param modelName the model, or the offline rule set
 * @param costUsd what the call cost
 * @param notSaved why a parse that was to be saved was not (no company, a conflicting posting),
 *     or null: the parse is still worth printing, it was paid for
 */
public record ParsedJd(
        JdModel model,
        Long jobId,
        boolean updated,
        String provider,
        String modelName,
        double costUsd,
        JsaException notSaved) {}
