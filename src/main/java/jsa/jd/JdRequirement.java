package jsa.jd;

import java.util.List;

import jsa.RecordValidator;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One requirement of a posting, as a short phrase (the seed's cost rule: phrases, not sentences).
 *
 * @param text the phrase, e.g. "Strong Python skills"
 * @param keywords the skills and tools it names, e.g. ["Python"]
 * @param relevance how much it matters to the employer, 0 to 1
 */
public record JdRequirement(
        @NotBlank @Size(max = 200) String text,
        @NotNull List<@NotBlank @Size(max = 60) String> keywords,

        @DecimalMin(value = "0", message = RecordValidator.BETWEEN_0_AND_1)
        @DecimalMax(value = "1", message = RecordValidator.BETWEEN_0_AND_1)
        double relevance) {}
