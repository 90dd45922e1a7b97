package jsa.resume;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.constraints.NotBlank;

/** One piece of work within a role, in short phrases the bullets are composed from. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExperienceProject(
        @NotBlank String shortName,
        String problemContext,
        List<@NotBlank String> actions,
        List<@NotBlank String> tools,
        List<@NotBlank String> outcomes) {
    public ExperienceProject {
        actions = Lists.orEmpty(actions);
        tools = Lists.orEmpty(tools);
        outcomes = Lists.orEmpty(outcomes);
    }
}
