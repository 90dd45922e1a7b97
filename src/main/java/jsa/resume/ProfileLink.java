package jsa.resume;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A link shown in the resume header, e.g. GitHub. */
public record ProfileLink(
        @NotBlank String label,

        @NotBlank @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String url) {}
