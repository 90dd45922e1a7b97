package jsa.resume;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A kind of resume: the target it is chosen for (role, level, specialization), its layout files,
 * and which roles it shows in what order.
 *
 * @param name how re-imports find the template
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResumeTemplate(
        @NotBlank String name,
        @NotBlank String targetRole,
        String targetLevel,
        String targetSpecialization,
        @NotBlank String templatePath,
        @NotBlank String stylePath,
        List<@NotNull @Valid TemplateRoleConfig> roles) {
    public ResumeTemplate {
        roles = Lists.orEmpty(roles);
    }

    /** Role, level and specialization ignoring case: no two templates may share it. */
    String target() {
        return String.join("/", targetRole, orEmpty(targetLevel), orEmpty(targetSpecialization))
                .toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
