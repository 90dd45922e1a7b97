package jsa.jobs;

import java.time.Instant;

/**
 * A company whose job board jsa syncs: its unique name, the ATS {@code platform} it uses, its
 * public careers site and whether sync includes it.
 */
public record Company(
        long id,
        String name,
        String platform,
        String publicSiteUrl,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {}
