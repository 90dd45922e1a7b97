package jsa.jd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The offline parser on posting layouts the corpus does not have: header lines of several shapes,
 * label lines, "About" sections, European number separators and the example postings in
 * {@code examples/jds}. The postings are written here, so none is tuned to a corpus file.
 */
class OfflineJdParserLayoutsTest {
    private static final OfflineJdParser PARSER = new OfflineJdParser();

    private static JdModel parse(String text) {
        return PARSER.parse(JdText.normalize(text));
    }

    private static JdMetadata meta(String text) {
        return parse(text).metadata();
    }

    private static JdModel example(String file) throws IOException {
        return parse(Files.readString(Path.of("examples/jds", file)));
    }

    @Test
    void companyIsHiringATitle() {
        JdMetadata m = meta("""
                Acme Robotics is hiring a Senior Firmware Engineer to join our Boston team.

                Requirements
                - 3 to 5 years of embedded C experience
                - Experience with an RTOS

                Hybrid - 2 days onsite in Boston.
                Salary: $85,000–$95,000 USD""");

        assertThat(m.company()).isEqualTo("Acme Robotics");
        assertThat(m.listingJobTitle()).isEqualTo("Senior Firmware Engineer");
        assertThat(m.minExperienceYears()).isEqualTo(3);
        assertThat(m.workSetting()).isEqualTo("hybrid");
        assertThat(m.minSalary()).isEqualByComparingTo("85000");
        assertThat(m.maxSalary()).isEqualByComparingTo("95000");
        assertThat(m.salaryCurrency()).isEqualTo("USD");
        assertThat(m.salaryPeriod()).isEqualTo("year");
    }

    @Test
    void titleAtCompanyWithAboutSections() {
        JdMetadata m = meta("""
                Product Designer at Lumen Labs

                About us
                Lumen Labs makes budgeting apps for families.

                About the role
                You will own the design of our mobile app.

                What you bring
                - Minimum 4 yrs of product design experience
                - Fluency in Figma

                This is a 100% remote position.
                Pay: £45k-£55k per year""");

        assertThat(m.company()).isEqualTo("Lumen Labs");
        assertThat(m.listingJobTitle()).isEqualTo("Product Designer");
        assertThat(m.minExperienceYears()).isEqualTo(4);
        assertThat(m.workSetting()).isEqualTo("remote");
        assertThat(m.minSalary()).isEqualByComparingTo("45000");
        assertThat(m.maxSalary()).isEqualByComparingTo("55000");
        assertThat(m.salaryCurrency()).isEqualTo("GBP");
    }

    /** "Up to" gives the top of the range only; the README's rule for "begins at" is the mirror image. */
    @Test
    void titleCompanyAndCityInOneLineAndPayUpTo() {
        JdMetadata m = meta("""
                Data Analyst | Birch Bank | Toronto, ON

                Birch Bank is a community bank serving Ontario since 1952.

                Requirements:
                - two+ years of experience with SQL and Excel

                This role is in-person at our downtown office.
                Compensation: up to $120k CAD per year""");

        assertThat(m.listingJobTitle()).isEqualTo("Data Analyst");
        assertThat(m.company()).isEqualTo("Birch Bank");
        assertThat(m.location()).isEqualTo("Toronto, ON");
        assertThat(m.minExperienceYears()).isEqualTo(2);
        assertThat(m.workSetting()).isEqualTo("onsite");
        assertThat(m.minSalary()).isNull();
        assertThat(m.maxSalary()).isEqualByComparingTo("120000");
        assertThat(m.salaryCurrency()).isEqualTo("CAD");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Job Title|Employer", "Position|Company", "Title|Company name"})
    void labelLines(String titleLabel, String companyLabel) {
        JdMetadata m = meta(titleLabel + ": Customer Success Manager\n" + companyLabel + """
                : Northline Logistics
                Location: Remote (US only)

                Qualifications
                - 3+ years in a customer-facing role

                Pay: $30/hr""");

        assertThat(m.listingJobTitle()).isEqualTo("Customer Success Manager");
        assertThat(m.company()).isEqualTo("Northline Logistics");
        assertThat(m.location()).isEqualTo("US");
        assertThat(m.workSetting()).isEqualTo("remote");
        assertThat(m.minExperienceYears()).isEqualTo(3);
        assertThat(m.minSalary()).isEqualByComparingTo("30");
        assertThat(m.maxSalary()).isEqualByComparingTo("30");
        assertThat(m.salaryPeriod()).isEqualTo("hour");
    }

    @Test
    void companyAndPlaceUnderTheTitleWithEuropeanSeparators() {
        JdMetadata m = meta("""
                Senior Java Developer (m/w/d)
                Fjord Software GmbH - Berlin, Germany (Hybrid)

                Fjord Software GmbH has been building logistics software since 2009.

                Your profile
                - At least five years of professional Java experience

                Salary: €60.000 - €70.000 per year""");

        assertThat(m.listingJobTitle()).isEqualTo("Senior Java Developer (m/w/d)");
        assertThat(m.company()).isEqualTo("Fjord Software GmbH");
        assertThat(m.location()).isEqualTo("Berlin, Germany");
        assertThat(m.workSetting()).isEqualTo("hybrid");
        assertThat(m.minExperienceYears()).isEqualTo(5);
        assertThat(m.minSalary()).isEqualByComparingTo("60000");
        assertThat(m.maxSalary()).isEqualByComparingTo("70000");
        assertThat(m.salaryCurrency()).isEqualTo("EUR");
    }

    @Test
    void titleCompanyAndPlaceOnALineEach() {
        JdMetadata m = meta("""
                Staff Platform Engineer
                Tailspin Toys
                Portland, OR (Hybrid: two days a week in the office)
                Full-time

                What you will do
                - Run the build and deploy platform for 300 engineers""");

        assertThat(m.listingJobTitle()).isEqualTo("Staff Platform Engineer");
        assertThat(m.company()).isEqualTo("Tailspin Toys");
        assertThat(m.location()).isEqualTo("Portland, OR");
        assertThat(m.workSetting()).isEqualTo("hybrid");
    }

    @Test
    void aDepartmentUnderTheTitleIsNotAPlace() {
        JdMetadata m = meta("""
                Staff Platform Engineer
                Engineering
                Full-time

                What you will do
                - Run the build and deploy platform for 300 engineers""");

        assertThat(m.listingJobTitle()).isEqualTo("Staff Platform Engineer");
        assertThat(m.company()).isNull();
        assertThat(m.location()).isNull();
    }

    @Test
    void remoteWithARegionInTheHeader() {
        JdMetadata m = meta("""
                Site Reliability Engineer
                Quillstack · Remote (US only)

                Quillstack is building the payroll API for small businesses.""");

        assertThat(m.company()).isEqualTo("Quillstack");
        assertThat(m.location()).isEqualTo("US");
        assertThat(m.workSetting()).isEqualTo("remote");
    }

    @Test
    void aHeadingThatEndsInAJobNounIsNotATitle() {
        JdMetadata m = meta("""
                About the Hiring Manager

                Dana has led our design team for six years.""");

        assertThat(m.listingJobTitle()).isNull();
    }

    @Test
    void payAndBenefitLinesAfterAListAreNotRequirements() {
        JdModel model = parse("""
                Requirements
                - Experience with Spring Boot and PostgreSQL
                - Clear written English

                Salary: $90,000 - $110,000 per year, depending on experience.
                We offer a 401(k) match and paid time off.""");

        assertThat(model.requirements())
                .extracting(JdRequirement::text)
                .containsExactly("Experience with Spring Boot and PostgreSQL", "Clear written English");
        assertThat(model.requirements().get(0).keywords()).containsExactly("Spring Boot", "PostgreSQL");
    }

    @Test
    void supportSpecialistExample() throws IOException {
        JdMetadata m = example("contoso-support-specialist.txt").metadata();

        assertThat(m.company()).isEqualTo("Contoso Outfitters");
        assertThat(m.listingJobTitle()).isEqualTo("Technical Support Specialist (Part-Time)");
        assertThat(m.location()).isEqualTo("Portland, OR");
        assertThat(m.workSetting()).isEqualTo("onsite");
        assertThat(m.minExperienceYears()).isEqualTo(1);
        assertThat(m.minSalary()).isEqualByComparingTo("22.5");
        assertThat(m.maxSalary()).isEqualByComparingTo("26");
        assertThat(m.salaryCurrency()).isEqualTo("USD");
        assertThat(m.salaryPeriod()).isEqualTo("hour");
    }

    @Test
    void backendEngineerExample() throws IOException {
        JdModel model = example("northwind-senior-backend-engineer.md");
        JdMetadata m = model.metadata();

        assertThat(m.location()).isEqualTo("Seattle, WA");
        assertThat(m.workSetting()).isEqualTo("hybrid");
        assertThat(m.minSalary()).isEqualByComparingTo("165000");
        assertThat(m.maxSalary()).isEqualByComparingTo("205000");
        assertThat(model.requirements())
                .flatExtracting(JdRequirement::keywords)
                .contains("Spring Boot")
                .doesNotContain("Spring");
    }

    @Test
    void dataEngineerHtmlExample() throws IOException {
        JdModel model = example("harbor-data-engineer.html");

        assertThat(model.metadata().company()).isEqualTo("Harbor Health");
        assertThat(model.metadata().minSalary()).isEqualByComparingTo("110000");
        assertThat(model.metadata().salaryCurrency()).isEqualTo("CAD");
        assertThat(model.requirements()).extracting(JdRequirement::text).noneMatch(text -> text.contains("Salary"));
        assertThat(model.requirements()).flatExtracting(JdRequirement::keywords).contains("Data engineering");
    }
}
