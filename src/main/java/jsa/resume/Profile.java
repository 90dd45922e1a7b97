package jsa.resume;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The job seeker's contact details, links and education, as every resume heads them. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Profile(
        @NotBlank @Size(max = 200) String name,
        @Email String email,
        @Size(max = 50) String phone,
        @Size(max = 200) String location,
        @Size(max = 300) String headline,
        List<@NotNull @Valid ProfileLink> links,
        List<@NotNull @Valid Education> education) {
    public Profile {
        links = Lists.orEmpty(links);
        education = Lists.orEmpty(education);
    }
}
