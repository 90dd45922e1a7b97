package jsa.jd;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A parsed job description, in the JSON shape {@code jsa parse-jd} prints and every provider
 * must answer with.
 *
 * @param metadata what the posting says about the job
 * @param requirements short requirement phrases, most relevant first
 */
public record JdModel(
        @NotNull @Valid JdMetadata metadata, @NotNull List<@NotNull @Valid JdRequirement> requirements) {}
