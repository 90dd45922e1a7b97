package jsa.resume;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A degree or course of study; {@code start} and {@code end} are YYYY-MM (or YYYY). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Education(
        @NotBlank String school,
        String degree,
        String field,

        @Pattern(regexp = YEAR_MONTH, message = "must be YYYY-MM")
        String start,

        @Pattern(regexp = YEAR_MONTH, message = "must be YYYY-MM")
        String end,

        List<@NotBlank String> details) {
    private static final String YEAR_MONTH = "\\d{4}(-(0[1-9]|1[0-2]))?";

    public Education {
        details = Lists.orEmpty(details);
    }
}
