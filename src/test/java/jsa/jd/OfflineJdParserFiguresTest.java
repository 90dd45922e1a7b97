package jsa.jd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures the offline parser reads from JD text: pay ranges and required years of experience. */
class OfflineJdParserFiguresTest {
    private static final OfflineJdParser PARSER = new OfflineJdParser();

    private static JdMetadata meta(String text) {
        return PARSER.parse(JdText.normalize(text)).metadata();
    }

    @Nested
    class Salary {
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "The salary range is $150k–$180k.|150000|180000|USD|year",
                    "Base pay: $150K - $180K per year|150000|180000|USD|year",
                    "The salary range for this position is $150,000 - $180,000.|150000|180000|USD|year",
                    "Compensation: $150-180k|150000|180000|USD|year",
                    "Pay rate: $24.00-$26.00/hour|24|26|USD|hour",
                    "Hourly pay $27.87 to $30.50|27.87|30.5|USD|hour",
                    "Competitive salary ranging from $125,000 to $145,000 depending on level.|125000|145000|USD|year",
                    "Compensation range: $117,800—$141,900 CAD|117800|141900|CAD|year",
                    "The compensation range is $1,500 - $3,000 USD per month.|1500|3000|USD|month",
                    "Salary: €60,000 – €75,000 annually|60000|75000|EUR|year",
                    "Salary: £45k to £55k|45000|55000|GBP|year",
                    "The pay range is US$ 35/hr to US$54/hr.|35|54|USD|hour",
                    "Salary: USD $190,800~$267,100|190800|267100|USD|year",
                    "Base salary of $120,000.|120000|120000|USD|year",
                })
        void rangesAndSingleFigures(String text, String min, String max, String currency, String period) {
            JdMetadata m = meta(text);

            assertThat(m.minSalary()).isEqualByComparingTo(min);
            assertThat(m.maxSalary()).isEqualByComparingTo(max);
            assertThat(m.salaryCurrency()).isEqualTo(currency);
            assertThat(m.salaryPeriod()).isEqualTo(period);
        }

        @Test
        void wholeDollarsLoseTheirCentsAndRealCentsStay() {
            JdMetadata m = meta("Pay: $24.00-$26.00/hour");

            assertThat(m.minSalary()).isEqualTo(new BigDecimal("24"));
            assertThat(meta("The pay range begins at $27.87/hr.").minSalary()).isEqualTo(new BigDecimal("27.87"));
        }

        @Test
        void startingAtIsALowerBoundOnly() {
            JdMetadata m = meta("The pay range for this job begins at $27.87/hr, depending on experience.");

            assertThat(m.minSalary()).isEqualByComparingTo("27.87");
            assertThat(m.maxSalary()).isNull();
            assertThat(m.salaryPeriod()).isEqualTo("hour");
        }

        @Test
        void theFirstOfSeveralRangesIsThePrimaryOne() {
            JdMetadata m = meta("""
                    Salary Range:

                    - MIN: $107,200 - MID: $134,000 - MAX: $160,800 Currency: CAD
                    - MIN: $128,800 - MID: $161,000 - MAX :$193,200 Currency: USD""");

            assertThat(m.minSalary()).isEqualByComparingTo("107200");
            assertThat(m.maxSalary()).isEqualByComparingTo("160800");
            assertThat(m.salaryCurrency()).isEqualTo("CAD");
        }

        @Test
        void benefitFundingAndDonationFiguresAreNotPay() {
            JdMetadata m = meta("""
                    League has raised over $285 million in venture capital funding.
                    - Remote setup allowance of $400
                    - Food: a $400 monthly stipend towards lunches
                    - Fertility HRA (up to $10,000 per year)
                    - 401(k) with a match of up to $6,000
                    We receive donations with an average donation of about $15.""");

            assertThat(m.minSalary()).isNull();
            assertThat(m.maxSalary()).isNull();
            assertThat(m.salaryCurrency()).isNull();
        }

        @Test
        void aFigureWithoutPayWordsIsIgnoredButThePayLaterIsFound() {
            JdMetadata m = meta("""
                    We automate over $200B in spend for 70,000 companies.

                    Compensation range for Canada applicants only

                    $117,800—$141,900 CAD""");

            assertThat(m.minSalary()).isEqualByComparingTo("117800");
            assertThat(m.maxSalary()).isEqualByComparingTo("141900");
            assertThat(m.salaryCurrency()).isEqualTo("CAD");
        }

        @Test
        void theEmployersTextBeatsAnAggregatorBadge() {
            JdMetadata m = meta("""
                    # [Engineer](https://example.com/apply)
                    ### Acme
                    #### `💰 $100,000 - $200,000` `🌎 Remote`

                    Salary range: $120,000 - $150,000""");

            assertThat(m.minSalary()).isEqualByComparingTo("120000");
            assertThat(m.maxSalary()).isEqualByComparingTo("150000");
        }
    }

    @Nested
    class Experience {
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "- 5+ years of professional experience|5",
                    "- 5-10 years of experience in audit analytics|5",
                    "- At least three years of previous administrative experience, preferably in a startup.|3",
                    "- Minimum of 2 years’ experience in sales|2",
                    "- 2+ years in technical consulting or solutions engineering|2",
                    "- 8 + years of related experience|8",
                    "- 1+ years experience coding HTML emails|1",
                })
        void requiredFigures(String text, int years) {
            assertThat(meta("Requirements\n\n" + text).minExperienceYears()).isEqualTo(years);
        }

        @Test
        void theLargestRequiredFigureIsTheOverallOne() {
            assertThat(meta("""
                            What you need
                            - Minimum 5 years of experience building software
                            - Minimum 3 years of experience building in AWS""").minExperienceYears()).isEqualTo(5);
        }

        @Test
        void preferredYearsDoNotCount() {
            assertThat(meta("""
                            Basic Qualifications
                            - Proficiency with HTML and CSS

                            Preferred Qualifications
                            - 8+ years of professional experience in web development""").minExperienceYears()).isNull();
            assertThat(meta("Requirements\n- 3+ years of Go experience is a plus\n- Strong SQL")
                            .minExperienceYears())
                    .isNull();
        }

        @Test
        void agesAndTenuresAreNotExperience() {
            assertThat(meta("""
                            Eligibility Requirements
                            - You must be 18 years or older
                            - Named a best place to work for two years running
                            - Founded 10 years ago""").minExperienceYears()).isNull();
        }
    }
}
