package jsa.resume;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A job the user held, with the projects resume bullets are written from.
 *
 * @param key how templates and re-imports find the role: lower_snake_case, stable
 * @param endDate null while the role is current
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExperienceRole(
        @NotBlank @Pattern(regexp = KEY, message = "must be lower_snake_case, e.g. acme_backend_engineer")
        String key,

        @NotBlank String company,
        @NotBlank String title,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        String location,
        List<@NotNull @Valid ExperienceProject> projects) {
    /** lower_snake_case: a letter, then letters and digits in words joined by one underscore. */
    public static final String KEY = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    public ExperienceRole {
        projects = Lists.orEmpty(projects);
    }
}
