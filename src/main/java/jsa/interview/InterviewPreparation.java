package jsa.interview;

import java.time.Instant;

/**
 * One interview's stored preparation; both texts are Markdown.
 *
 * @param provider the provider that wrote it ({@code offline} for the rule engine)
 * @param editedAt when the user last edited it ('jsa interview-prep edit'); null when it is as
 *     written
 */
public record InterviewPreparation(
        long interviewId,
        String predictedQuestions,
        String interviewerQuestions,
        String provider,
        String model,
        Instant updatedAt,
        Instant editedAt) {}
