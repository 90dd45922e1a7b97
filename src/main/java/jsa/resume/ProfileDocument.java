package jsa.resume;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Everything a profile file holds ({@code examples/profile.yaml}): the contact details, the
 * experience roles most recent first, and the resume templates.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProfileDocument(
        @NotNull @Valid Profile profile,
        List<@NotNull @Valid ExperienceRole> experience,
        List<@NotNull @Valid ResumeTemplate> templates) {
    public ProfileDocument {
        experience = Lists.orEmpty(experience);
        templates = Lists.orEmpty(templates);
    }
}
