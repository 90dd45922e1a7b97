package jsa.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The answer of an {@code interview-prep-base} call: the application's base preparation, every
 * text field Markdown.
 *
 * @param formattedJd the job description with its 1 to 3 callback drivers in bold
 * @param companyContext what the company and the product are, and why the role exists
 * @param primaryDrivers the callback drivers, most important first
 * @param backgroundNarrative the "tell me about yourself" answer
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BaseAnswer(
        @NotBlank String formattedJd,
        @NotBlank String companyContext,

        @NotNull @Size(min = 1, max = 3, message = "must hold 1 to 3 drivers")
        List<@NotNull @Valid Driver> primaryDrivers,

        @NotNull @Valid Narrative backgroundNarrative) {
    private static final Pattern BOLD = Pattern.compile("\\*\\*[^*\\n]+\\*\\*");

    /** A requirement that decides the callback, and why. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Driver(@NotBlank String driver, @NotBlank String justification) {}

    /** The background narrative in its three parts. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Narrative(
            @NotBlank String openingLine,
            @NotBlank String coreNarrative,
            @NotBlank String forwardHook) {}

    /** What a valid answer may still get wrong: a JD with no bold driver, or more than three. */
    List<String> problems() {
        Matcher bold = BOLD.matcher(formattedJd);
        int count = 0;
        while (bold.find()) {
            count++;
        }
        List<String> problems = new ArrayList<>();
        if (count < 1 || count > 3) {
            problems.add("formatted_jd: " + count + " bold passages, 1 to 3 callback drivers asked for");
        }
        return problems;
    }

    /** The drivers as a Markdown list. */
    String driversMarkdown() {
        StringBuilder md = new StringBuilder();
        for (Driver d : primaryDrivers) {
            md.append("- **")
                    .append(d.driver().strip())
                    .append("**: ")
                    .append(d.justification().strip())
                    .append('\n');
        }
        return md.toString().strip();
    }

    /** The narrative as Markdown, one paragraph a part. */
    String narrativeMarkdown() {
        Narrative n = backgroundNarrative;
        return "**Opening line.** " + n.openingLine().strip() + "\n\n**Core narrative.** "
                + n.coreNarrative().strip() + "\n\n**Forward hook.** "
                + n.forwardHook().strip();
    }
}
