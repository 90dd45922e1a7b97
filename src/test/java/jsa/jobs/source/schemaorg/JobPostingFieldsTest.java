package jsa.jobs.source.schemaorg;

import static jsa.jobs.source.schemaorg.JsonLdPages.ldJson;
import static jsa.jobs.source.schemaorg.JsonLdPages.only;
import static jsa.jobs.source.schemaorg.JsonLdPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jsa.jobs.source.Posting;

/** How a JobPosting's fields become a Posting's: description, pay, places and ids. */
class JobPostingFieldsTest {
    @Test
    void unescapesADescriptionEscapedOnceMore() {
        String html = page(ldJson("""
                {"@type":"JobPosting","title":"Support Engineer","identifier":"gh-4410",
                 "description":"&lt;h2&gt;About&lt;/h2&gt;&lt;p&gt;We help&amp;nbsp;teams ship.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Linux &amp;amp; networking&lt;/li&gt;&lt;/ul&gt;"}
                """));

        assertThat(only(html, null).description()).isEqualTo("About\n\nWe help teams ship.\n\n- Linux & networking");
    }

    @Test
    void readsASingleYearlyValueAndStringAmounts() {
        String html = page(ldJson("""
                        {"@type":"JobPosting","title":"Staff Engineer","identifier":"a",
                         "baseSalary":{"@type":"MonetaryAmount","currency":"EUR",
                           "value":{"@type":"QuantitativeValue","value":150000,"unitText":"YEAR"}}}
                        """), ldJson("""
                        {"@type":"JobPosting","title":"Nurse","identifier":"b",
                         "baseSalary":{"currency":"GBP","value":{"minValue":"3,100.40","maxValue":"3,650","unitText":"month"}}}
                        """), ldJson("""
                        {"@type":"JobPosting","title":"Tutor","identifier":"c",
                         "baseSalary":{"@type":"MonetaryAmount","currency":"CAD","value":31.75,"unitText":"HOUR"}}
                        """));

        List<Posting> postings = JsonLdPostings.parse(html, null).stream()
                .map(PagePosting::posting)
                .toList();

        assertThat(postings.get(0))
                .extracting(Posting::minSalary, Posting::maxSalary, Posting::salaryCurrency, Posting::salaryPeriod)
                .containsExactly(150000, 150000, "EUR", "year");
        assertThat(postings.get(1))
                .extracting(Posting::minSalary, Posting::maxSalary, Posting::salaryCurrency, Posting::salaryPeriod)
                .containsExactly(3100, 3650, "GBP", "month");
        assertThat(postings.get(2))
                .extracting(Posting::minSalary, Posting::maxSalary, Posting::salaryCurrency, Posting::salaryPeriod)
                .containsExactly(32, 32, "CAD", "hour");
    }

    @Test
    void dropsPayPerWeekOrWithoutAUnit() {
        String html = page(ldJson("""
                        {"@type":"JobPosting","title":"Locum","identifier":"w",
                         "baseSalary":{"currency":"USD","value":{"minValue":2000,"maxValue":2600,"unitText":"WEEK"}}}
                        """), ldJson("""
                        {"@type":"JobPosting","title":"Intern","identifier":"u",
                         "baseSalary":{"currency":"USD","value":{"value":20}}}
                        """));

        assertThat(JsonLdPostings.parse(html, null))
                .extracting(PagePosting::posting)
                .allSatisfy(p -> assertThat(p)
                        .extracting(
                                Posting::minSalary, Posting::maxSalary, Posting::salaryCurrency, Posting::salaryPeriod)
                        .containsOnlyNulls());
    }

    @Test
    void joinsSeveralLocationsAndDropsRepeats() {
        String html = page(ldJson("""
                {"@context":"https://schema.org","@type":"JobPosting","title":"Solutions Architect","identifier":"li-1",
                 "jobLocation":[
                   {"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Seattle","addressRegion":"WA","addressCountry":"US"}},
                   {"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"New York","addressRegion":"NY","addressCountry":"US"}},
                   {"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Seattle","addressRegion":"WA","addressCountry":"US"}},
                   {"@type":"Place","address":"Toronto, ON, Canada"}]}
                """));

        assertThat(only(html, null).location()).isEqualTo("Seattle, WA, US; New York, NY, US; Toronto, ON, Canada");
    }

    @Test
    void telecommutingIsRemoteAloneOrBesideAPlace() {
        String html = page(ldJson("""
                        {"@type":"JobPosting","title":"Remote Writer","identifier":"r1","jobLocationType":"TELECOMMUTE",
                         "applicantLocationRequirements":{"@type":"Country","name":"USA"}}
                        """), ldJson("""
                        {"@type":"JobPosting","title":"Hybrid Analyst","identifier":"r2","jobLocationType":["TELECOMMUTE"],
                         "jobLocation":{"@type":"Place","address":{"addressLocality":"Denver","addressRegion":"CO","addressCountry":"US"}}}
                        """));

        assertThat(JsonLdPostings.parse(html, null))
                .extracting(p -> p.posting().location())
                .containsExactly("Remote", "Denver, CO, US; Remote");
    }

    @Test
    void keepsTheLineBreaksOfAPlainTextDescription() {
        String html = page(ldJson("""
                {"@type":"JobPosting","title":"Driver","identifier":"d-1",
                 "description":"Routes in Ohio & Indiana.\\n\\nRequirements:\\n- CDL A"}
                """));

        assertThat(only(html, null).description()).isEqualTo("Routes in Ohio & Indiana.\n\nRequirements:\n- CDL A");
    }

    @Test
    void withoutAnIdentifierTheUrlIsTheId() {
        String html = page(ldJson("""
                {"@type":"JobPosting","title":"Barista","url":"/careers/barista-42"}
                """));

        Posting posting = only(html, "https://beans.example/careers?page=2");

        assertThat(posting.url()).isEqualTo("https://beans.example/careers/barista-42");
        assertThat(posting.externalId()).isEqualTo("https://beans.example/careers/barista-42");
    }

    @Test
    void withoutIdentifierOrUrlTheOnlyPostingTakesThePageUrl() {
        String html = page(ldJson("{\"@type\":\"JobPosting\",\"title\":\"Barista\"}"));

        Posting posting = only(html, "https://beans.example/careers/barista");

        assertThat(posting.url()).isEqualTo("https://beans.example/careers/barista");
        assertThat(posting.externalId()).isEqualTo("https://beans.example/careers/barista");
    }

    @Test
    void otherwiseTheIdIsAStableHashOfTitleAndCompany() {
        String html = page(ldJson("""
                [{"@type":"JobPosting","title":"Barista","hiringOrganization":{"name":"Beans"}},
                 {"@type":"JobPosting","title":"Baker","hiringOrganization":{"name":"Beans"}}]
                """));

        List<Posting> first = JsonLdPostings.parse(html, "https://beans.example/careers").stream()
                .map(PagePosting::posting)
                .toList();
        List<Posting> again = JsonLdPostings.parse(html, "https://beans.example/careers").stream()
                .map(PagePosting::posting)
                .toList();
        String alone = only(
                        page(ldJson(
                                "{\"@type\":\"JobPosting\",\"title\":\"Barista\",\"hiringOrganization\":\"Beans\"}")),
                        null)
                .externalId();

        assertThat(first.get(0).externalId())
                .matches("[0-9a-f]{64}")
                .isNotEqualTo(first.get(1).externalId());
        assertThat(again)
                .extracting(Posting::externalId)
                .isEqualTo(first.stream().map(Posting::externalId).toList());
        assertThat(alone).isEqualTo(first.get(0).externalId());
        assertThat(first).extracting(Posting::url).containsOnly("https://beans.example/careers");
    }
}
