package jsa.resume;

import java.util.List;

import jsa.RecordValidator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The answer of a {@code bullets} call: one role's bullets, most relevant first. */
public record BulletsAnswer(@NotNull @Size(max = 20) List<@NotNull @Valid Bullet> bullets) {
    /**
     * One bullet.
     *
     * @param relevance how strongly it supports the job's requirements, 0 to 1
     */
    public record Bullet(
            @NotBlank @Size(max = MAX_CHARS) String text,

            @DecimalMin(value = "0", message = RecordValidator.BETWEEN_0_AND_1)
            @DecimalMax(value = "1", message = RecordValidator.BETWEEN_0_AND_1)
            double relevance) {}

    /** The longest bullet, in characters: two lines of a one-page resume. */
    public static final int MAX_CHARS = 300;
}
