package jsa.jd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The offline parser's titles, companies, work settings and requirements; pay and years are in
 * {@link OfflineJdParserFiguresTest}.
 */
class OfflineJdParserTest {
    private static final OfflineJdParser PARSER = new OfflineJdParser();

    private static JdMetadata meta(String text) {
        return PARSER.parse(JdText.normalize(text)).metadata();
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
