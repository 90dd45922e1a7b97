package jsa.interview;

import java.time.Instant;

/**
 * One interview's stored preparation; both texts are Markdown.
 *
 * @param provider the provider that wrote it ({@code offline} for the rule engine)
 */
public record InterviewPreparation(
        long interviewId,
        String predictedQuestions,
        String interviewerQuestions,
        String provider,
        String model,
        Instant updatedAt) {}
