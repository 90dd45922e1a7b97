package jsa.resume;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A role a template shows, in list order.
 *
 * @param experience the role's key
 * @param titleOverride how the title reads on this template only; null for the role's title
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TemplateRoleConfig(
        @NotBlank String experience,
        @NotNull @Min(1) @Max(20) Integer maxBulletCount,
        String titleOverride) {}
