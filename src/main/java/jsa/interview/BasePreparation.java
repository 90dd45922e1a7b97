package jsa.interview;

import java.time.Instant;

/**
 * An application's stored base preparation; every text is Markdown.
 *
 * @param provider the provider that wrote it ({@code offline} for the rule engine)
 */
public record BasePreparation(
        long applicationId,
        String formattedJd,
        String companyContext,
        String primaryDrivers,
        String backgroundNarrative,
        String provider,
        String model,
        Instant updatedAt) {}
