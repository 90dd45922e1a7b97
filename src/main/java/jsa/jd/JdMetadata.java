package jsa.jd;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a posting says about the job; null wherever it does not say.
 *
 * @param company the employer as the text names it
 * @param listingJobTitle the title as the posting states it
 * @param role the role without level or specialization ("Software Engineer")
 * @param specialization the area within the role ("Payments", "Data Infrastructure")
 * @param level the seniority ("intern", "junior", "mid", "senior", "staff", "principal", "lead",
 *     "manager", "director")
 * @param location the primary location as the text states it
 * @param workSetting {@code remote}, {@code hybrid} or {@code onsite}
 * @param minExperienceYears the minimum years of experience required (not preferred)
 * @param minSalary the bottom of the stated pay range, in currency units per period
 * @param maxSalary the top of the stated pay range (equal to the bottom for one figure)
 * @param salaryCurrency ISO 4217 code
 * @param salaryPeriod {@code year}, {@code month} or {@code hour}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({
    "company",
    "listing_job_title",
    "role",
    "specialization",
    "level",
    "location",
    "work_setting",
    "min_experience_years",
    "min_salary",
    "max_salary",
    "salary_currency",
    "salary_period"
})
public record JdMetadata(
        @Size(max = 200) String company,
        @Size(max = 300) String listingJobTitle,
        @Size(max = 200) String role,
        @Size(max = 200) String specialization,
        @Size(max = 50) String level,
        @Size(max = 300) String location,
        @Pattern(regexp = "remote|hybrid|onsite") String workSetting,
        @PositiveOrZero @Max(60) Integer minExperienceYears,
        @PositiveOrZero BigDecimal minSalary,
        @PositiveOrZero BigDecimal maxSalary,
        @Pattern(regexp = "[A-Z]{3}") String salaryCurrency,
        @Pattern(regexp = "year|month|hour") String salaryPeriod) {

    public JdMetadata {
        minSalary = plain(minSalary);
        maxSalary = plain(maxSalary);
    }

    /** Nothing known: the start for a parser that fills in what it finds. */
    public static final JdMetadata EMPTY =
            new JdMetadata(null, null, null, null, null, null, null, null, null, null, null, null);

    // 165000, 22.5: never 1.65E+5 in the JSON, and no trailing zeros ("24.00" is 24)
    private static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The range must not run backwards. */
    @JsonIgnore
    @AssertTrue(message = "min_salary must not exceed max_salary")
    public boolean isSalaryRangeOrdered() {
        return minSalary == null || maxSalary == null || minSalary.compareTo(maxSalary) <= 0;
    }
}
