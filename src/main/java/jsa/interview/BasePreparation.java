package jsa.interview;

import java.time.Instant;

/**
 * An application's stored base preparation; every text is Markdown.
 *
 * @param provider the provider that wrote it ({@code offline} for the rule engine)
 * @param editedAt when the user last edited it ('jsa interview-prep edit'); null when it is as
 *     written
 */
public record BasePreparation(
        long applicationId,
        String formattedJd,
        String companyContext,
        String primaryDrivers,
        String backgroundNarrative,
        String provider,
        String model,
        Instant updatedAt,
        Instant editedAt) {}
