package jsa.jd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineJdParserTest {
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

    @Nested
    class WorkSetting {
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "This is a 100% remote position.|remote",
                    "We are a remote-first organization.|remote",
                    "#LI-Remote|remote",
                    "Location: Remote - United States|remote",
                    "This is a hybrid role (3 days in office).|hybrid",
                    "You will work 3 days a week in the office.|hybrid",
                    "This is an intermittent remote position with both at home and on-site hours.|hybrid",
                    "This position is office-based.|onsite",
                    "This role will be performed on site at a government facility.|onsite",
                    "This is an in-person role in Austin.|onsite",
                    "This role is not remote.|onsite",
                })
        void statedSettings(String text, String setting) {
            assertThat(meta(text).workSetting()).isEqualTo(setting);
        }

        @Test
        void labelWithItsValueOnTheNextLine() {
            assertThat(meta("Telecommuting Options:\nOnsite").workSetting()).isEqualTo("onsite");
        }

        @Test
        void perksAndEquipmentSayNothing() {
            assertThat(meta("""
                            - Centralized home-office equipment ordering
                            - In-office perks: lunch, snacks
                            - Flexible Ways of Working
                            This position can be based in Toronto.""").workSetting()).isNull();
        }
    }

    @Nested
    class TitleAndCompany {
        @Test
        void aggregatorHeaderGivesTitleAndCompany() {
            JdMetadata m = meta("""
                    # [Senior Software Engineer, Payments ](https://example.com/apply/1)
                    ### Acme Robotics
                    #### `🌎 Remote,Canada`

                    Build things.""");

            assertThat(m.listingJobTitle()).isEqualTo("Senior Software Engineer, Payments");
            assertThat(m.company()).isEqualTo("Acme Robotics");
            assertThat(m.level()).isEqualTo("senior");
            assertThat(m.role()).isEqualTo("Software Engineer");
            assertThat(m.specialization()).isEqualTo("Payments");
            assertThat(m.location()).isEqualTo("Canada");
        }

        @Test
        void labelLines() {
            JdMetadata m = meta("""
                    **Company:** Globex Corp
                    **Job Title:** Staff Data Engineer (Platform)
                    **Location:** Berlin, Germany""");

            assertThat(m.company()).isEqualTo("Globex Corp");
            assertThat(m.listingJobTitle()).isEqualTo("Staff Data Engineer (Platform)");
            assertThat(m.level()).isEqualTo("staff");
            assertThat(m.role()).isEqualTo("Data Engineer");
            assertThat(m.specialization()).isEqualTo("Platform");
            assertThat(m.location()).isEqualTo("Berlin, Germany");
        }

        @Test
        void markdownTitleLine() {
            assertThat(meta("# Sr. Tax Analyst, Tax Engine Operations\n\nText.").listingJobTitle())
                    .isEqualTo("Sr. Tax Analyst, Tax Engine Operations");
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "About Initech\\n\\nInitech builds software.|Initech",
                    "At Hooli, we build search. Hooli is an equal opportunity employer.|Hooli",
                    "Vandelay Industries is looking for a Sales Manager to grow accounts.|Vandelay Industries",
                    "Come join the platform team at Umbrella Labs. We are Umbrella Labs.|Umbrella Labs",
                    "Thanks for your interest in Children’s Mercy! At Children’s Mercy, we care.|Children’s Mercy",
                })
        void companyFromProse(String text, String company) {
            assertThat(meta(text.replace("\\n", "\n")).company()).isEqualTo(company);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "As an Australia Public Sector Account Executive at Anthropic, you'll drive adoption.|Australia Public Sector Account Executive",
                    "As Senior Software Engineer, Android, you build native apps.|Senior Software Engineer, Android",
                    "We are looking for a Business Data Analyst who supports operations.|Business Data Analyst",
                    "The Data Engineer provides engineering support to analysts.|Data Engineer",
                    "The Enterprise Portfolio Data Analyst, reporting to the manager, will help.|Enterprise Portfolio Data Analyst",
                })
        void titleFromProse(String text, String title) {
            assertThat(meta(text).listingJobTitle()).isEqualTo(title);
        }

        @Test
        void teamNamesAndSentencesAreNotTitles() {
            JdMetadata m =
                    meta("The Security Engineering team helps make Ramp secure. We hire people with high agency.");

            assertThat(m.listingJobTitle()).isNull();
        }
    }

    @Nested
    class Requirements {
        @Test
        void listItemsBecomeShortPhrasesWithKeywordsRequiredFirst() {
            List<JdRequirement> reqs = PARSER.parse(JdText.normalize("""
                            Responsibilities
                            - Build pipelines in Airflow

                            Minimum Qualifications
                            - You have 5+ years of experience with Python and SQL; ideally in fintech
                            - Experience with Go, C++ and Node.js services in Kubernetes
                            - Strong communication skills

                            Nice to have
                            - Familiarity with R, C# or .NET
                            - Worked in C-suite facing R&D roles""")).requirements();

            assertThat(reqs)
                    .extracting(JdRequirement::text)
                    .containsExactly(
                            "5+ years of experience with Python and SQL",
                            "Experience with Go, C++ and Node.js services in Kubernetes",
                            "Strong communication skills",
                            "Familiarity with R, C# or .NET",
                            "Worked in C-suite facing R&D roles");
            assertThat(reqs.get(0).keywords()).containsExactly("Python", "SQL");
            assertThat(reqs.get(1).keywords()).containsExactlyInAnyOrder("Go", "C++", "Node.js", "Kubernetes");
            assertThat(reqs.get(3).keywords()).containsExactlyInAnyOrder("R", "C#", ".NET");
            assertThat(reqs.get(4).keywords()).isEmpty();
            assertThat(reqs).extracting(JdRequirement::relevance).containsExactly(0.9, 0.75, 0.6, 0.5, 0.3);
        }

        @Test
        void longItemsAreCutToTwelveWords() {
            List<JdRequirement> reqs = PARSER.parse(JdText.normalize("""
                            Requirements
                            - Demonstrated expertise in designing and implementing large-scale systems and monitoring progress of many diverse projects""")).requirements();

            assertThat(reqs).hasSize(1);
            assertThat(reqs.get(0).text().split(" ")).hasSizeLessThanOrEqualTo(12);
        }

        @Test
        void atMost25AreKept() {
            StringBuilder text = new StringBuilder("Requirements\n");
            for (int i = 0; i < 40; i++) {
                text.append("- Skill number ").append(i).append(" in Java\n");
            }

            assertThat(PARSER.parse(JdText.normalize(text.toString())).requirements())
                    .hasSize(25);
        }
    }

    @Test
    void emptyTextGivesAnEmptyModel() {
        JdModel model = PARSER.parse("");

        assertThat(model.metadata()).isEqualTo(JdMetadata.EMPTY);
        assertThat(model.requirements()).isEmpty();
    }

    @Test
    void parsingIsDeterministic() {
        String text = JdText.normalize(
                "# [Staff Engineer](x)\n### Acme\n\nRequirements\n- 5+ years of Java\n\nSalary: $200k");

        assertThat(PARSER.parse(text)).isEqualTo(PARSER.parse(text));
    }
}
