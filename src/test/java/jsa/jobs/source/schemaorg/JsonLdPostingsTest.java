package jsa.jobs.source.schemaorg;

import static jsa.jobs.source.schemaorg.JsonLdPages.ldJson;
import static jsa.jobs.source.schemaorg.JsonLdPages.only;
import static jsa.jobs.source.schemaorg.JsonLdPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.jobs.source.Posting;

/** Finding JobPostings in a page: where they sit, broken blocks, pages without one. */
class JsonLdPostingsTest {
    private static final String INDEED = "https://www.indeed.com/viewjob?jk=4f2a9c1d7e8b0a63";

    @Test
    void readsAnIndeedStyleObjectWithAnHourlyRange() {
        String html = page("<script type=\"Application/LD+JSON\" nonce=\"abc\">", """
                {"@context":"http://schema.org/","@type":"JobPosting",
                 "title":"  Senior Data Engineer &amp; Team Lead ",
                 "hiringOrganization":{"@type":"Organization","name":"Bright &amp; Early Labs","sameAs":"https://brightearly.example"},
                 "datePosted":"2026-03-02T14:05:00.000Z","validThrough":"2026-04-01T00:00:00.000Z",
                 "employmentType":"FULL_TIME",
                 "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Austin",
                   "addressRegion":"TX","postalCode":"78701","addressCountry":"US"}},
                 "baseSalary":{"@type":"MonetaryAmount","currency":"USD",
                   "value":{"@type":"QuantitativeValue","minValue":38.5,"maxValue":52.25,"unitText":"HOUR"}},
                 "identifier":{"@type":"PropertyValue","name":"Indeed","value":"4f2a9c1d7e8b0a63"},
                 "description":"<p>Build <b>pipelines</b>.</p><ul><li>Spark</li><li>SQL</li></ul>"}
                """, "</script>");

        List<PagePosting> found = JsonLdPostings.parse(html, INDEED);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).company()).isEqualTo("Bright & Early Labs");
        assertThat(found.get(0).posting())
                .isEqualTo(new Posting(
                        "4f2a9c1d7e8b0a63",
                        "Senior Data Engineer & Team Lead",
                        "Austin, TX, US",
                        null,
                        INDEED,
                        "2026-03-02T14:05:00.000Z",
                        LocalDate.of(2026, 3, 2),
                        null,
                        "FULL_TIME",
                        39,
                        52,
                        "USD",
                        "hour",
                        "Build pipelines.\n\n- Spark\n- SQL"));
    }

    @Test
    void resolvesTheOrganizationOfAGraph() {
        String html = page(ldJson("""
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","@id":"https://careers.northwind.example/jobs/1187#webpage","name":"Careers"},
                  {"@type":"Organization","@id":"https://northwind.example/#org","name":"Northwind Traders",
                   "logo":"https://northwind.example/logo.png"},
                  {"@type":"JobPosting","title":"Platform Engineer","datePosted":"2026-02-14",
                   "hiringOrganization":{"@id":"https://northwind.example/#org"},
                   "employmentType":["FULL_TIME","CONTRACTOR"],
                   "url":"https://careers.northwind.example/jobs/1187",
                   "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Lisbon",
                     "addressRegion":"","addressCountry":{"@type":"Country","name":"Portugal"}}}}]}
                """));

        PagePosting found = JsonLdPostings.parse(html, "https://careers.northwind.example/jobs/1187?src=li")
                .get(0);

        assertThat(found.company()).isEqualTo("Northwind Traders");
        assertThat(found.posting().title()).isEqualTo("Platform Engineer");
        assertThat(found.posting().postedDate()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(found.posting().employmentType()).isEqualTo("FULL_TIME, CONTRACTOR");
        assertThat(found.posting().location()).isEqualTo("Lisbon, Portugal");
        assertThat(found.posting().url()).isEqualTo("https://careers.northwind.example/jobs/1187");
    }

    @Test
    void findsPostingsInATopLevelArrayAndUnderMainEntity() {
        String html = page(ldJson("""
                        [{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]},
                         {"@context":"https://schema.org","@type":"JobPosting","title":"Payroll Specialist",
                          "identifier":{"@type":"PropertyValue","name":"Contoso","value":"R0041523"},
                          "hiringOrganization":{"@type":"Organization","name":"Contoso"}}]
                        """), ldJson("""
                        {"@context":"https://schema.org","@type":"ItemPage",
                         "mainEntity":{"@type":"JobPosting","title":"Tax Analyst","identifier":"R0041600",
                           "hiringOrganization":"Contoso"}}
                        """));

        List<PagePosting> found = JsonLdPostings.parse(html, "https://contoso.wd5.myworkdayjobs.com/en-US/External");

        assertThat(found).extracting(p -> p.posting().title()).containsExactly("Payroll Specialist", "Tax Analyst");
        assertThat(found).extracting(p -> p.posting().externalId()).containsExactly("R0041523", "R0041600");
        assertThat(found).extracting(PagePosting::company).containsExactly("Contoso", "Contoso");
    }

    @Test
    void acceptsTypeAsAnArrayOrAFullIri() {
        String html = page(ldJson("""
                        {"@context":"https://schema.org","@type":["JobPosting"],"title":"QA Lead","identifier":7}
                        """), ldJson("""
                        {"@type":"http://schema.org/JobPosting","title":"QA Analyst","identifier":8}
                        """), ldJson("""
                        {"@type":["Organization","Brand"],"name":"Not a job"}
                        """));

        List<PagePosting> found = JsonLdPostings.parse(html, null);

        assertThat(found).extracting(p -> p.posting().title()).containsExactly("QA Lead", "QA Analyst");
        assertThat(found).extracting(p -> p.posting().externalId()).containsExactly("7", "8");
    }

    @Test
    void skipsAMalformedBlockAndReadsTheNext() {
        String html =
                page(ldJson("{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":,}"), ldJson("""
                        {"@type":"JobPosting","title":"Warehouse Associate","identifier":"ok-1"}
                        """));

        assertThat(only(html, null).title()).isEqualTo("Warehouse Associate");
    }

    @Test
    void toleratesRawControlCharactersInStrings() {
        String html = page(ldJson("""
                {"@type":"JobPosting","title":"Line\tCook","identifier":"cc-1",
                 "description":"<p>Morning shifts.
                Weekends off.</p>"}
                """));

        Posting posting = only(html, null);

        assertThat(posting.title()).isEqualTo("Line\tCook");
        assertThat(posting.description()).isEqualTo("Morning shifts. Weekends off.");
    }

    @Test
    void aPageWithoutAJobPostingIsAUsageError() {
        String results = page(ldJson("""
                {"@context":"https://schema.org","@type":"ItemList","itemListElement":[
                  {"@type":"ListItem","position":1,"url":"https://www.indeed.com/viewjob?jk=1"}]}
                """));

        assertThatThrownBy(() -> JsonLdPostings.parse(results, "https://www.indeed.com/jobs?q=java"))
                .isInstanceOf(JsaException.class)
                .hasMessage("https://www.indeed.com/jobs?q=java has no schema.org JobPosting;"
                        + " save the posting's own page, not a search results page")
                .extracting(e -> ((JsaException) e).status())
                .isEqualTo(ExitStatus.USAGE);
        assertThatThrownBy(() -> JsonLdPostings.parse("<html><body>Nothing</body></html>", null))
                .hasMessageStartingWith("the page has no schema.org JobPosting;");
    }

    @Test
    void saysWhenBlocksCouldNotBeRead() {
        String html = page(ldJson("{\"@type\":\"JobPosting\",\"title\":\"Cut off"));

        assertThatThrownBy(() -> JsonLdPostings.parse(html, "https://jobs.example/1"))
                .hasMessageStartingWith(
                        "https://jobs.example/1 has no schema.org JobPosting (1 JSON-LD block(s) could not be read);");
    }

    @Test
    void aPostingEmbeddedTwiceIsReturnedOnce() {
        String block = ldJson("{\"@type\":\"JobPosting\",\"title\":\"Welder\",\"identifier\":\"w-9\"}");

        assertThat(JsonLdPostings.parse(page(block, block), null)).hasSize(1);
    }
}
