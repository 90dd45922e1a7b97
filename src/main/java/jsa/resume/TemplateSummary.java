package jsa.resume;

import java.util.List;

/** A stored resume template as {@code jsa template list} shows it. */
public record TemplateSummary(
        long id,
        String name,
        String targetRole,
        String targetLevel,
        String targetSpecialization,
        List<TemplateRoleConfig> roles) {}
