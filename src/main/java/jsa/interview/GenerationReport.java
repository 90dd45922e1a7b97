package jsa.interview;

import java.util.List;

import jsa.llm.TokenUsage;

/**
 * What {@link InterviewPrepService#generate} did.
 *
 * @param baseWritten whether the base preparation was written (else the stored one was kept)
 * @param interviewsWritten the interviews whose preparation was written
 * @param interviewsKept the interviews whose stored preparation was kept
 * @param editsReplaced what was written over that the user had edited ({@code --discard-edits}):
 *     "base" for the base preparation, else an interview's id
 * @param editsKept what the user had edited and was kept although {@code --force} asked to
 *     write it again, named as in {@code editsReplaced}
 * @param ungrounded per predicted answer written, the figures and tools it states that no project
 *     does ({@link jsa.resume.GroundingCheck}): "interview 2, predicted question 1: 40%, Flink"
 * @param calls the provider calls made
 * @param provider who answered, or null when nothing was asked
 * @param model the model of the last call, or null when nothing was asked
 */
public record GenerationReport(
        long applicationId,
        boolean baseWritten,
        List<Long> interviewsWritten,
        List<Long> interviewsKept,
        List<String> editsReplaced,
        List<String> editsKept,
        List<String> ungrounded,
        int calls,
        TokenUsage usage,
        double costUsd,
        String provider,
        String model) {
    public GenerationReport {
        interviewsWritten = List.copyOf(interviewsWritten);
        interviewsKept = List.copyOf(interviewsKept);
        editsReplaced = List.copyOf(editsReplaced);
        editsKept = List.copyOf(editsKept);
        ungrounded = List.copyOf(ungrounded);
    }
}
