package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

class JobsAddTest {
    private static final String PAGE = """
            <html><head><title>Data Engineer</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Engineer",
             "identifier": {"@type": "PropertyValue", "value": "DE-77"},
             "hiringOrganization": {"@type": "Organization", "name": "Contoso"},
             "jobLocation": {"@type": "Place", "address": {"addressLocality": "Seattle", "addressRegion": "WA"}},
             "datePosted": "2026-11-20", "url": "https://careers.contoso.example/jobs/77",
             "description": "<p>Build <b>pipelines</b>.</p>"}
            </script></head><body>Data Engineer</body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void aSavedPageAddsTheListingUnderItsCompany() throws IOException {
        CliRunner cli = new CliRunner(dir);
        Path page = Files.writeString(dir.resolve("posting.html"), PAGE);

        Result first = cli.run("jobs", "add", page.toString());
        Result again = cli.run("jobs", "add", page.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo("1\tContoso\tData Engineer%n".formatted());
        assertThat(again.out()).isEqualTo("1\tContoso\tData Engineer\t(already listed)%n".formatted());
        assertThat(cli.run("jobs").out()).contains("Contoso", "Seattle, WA", "https://careers.contoso.example/jobs/77");
        assertThat(cli.run("company", "show", "contoso").out()).contains("platform: other");
    }

    @Test
    void aUrlIsFetchedAndTheCompanyCanBeGiven() throws IOException {
        CliRunner cli = new CliRunner(dir);
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder()
                    .addHeader("Content-Type", "text/html")
                    .body(PAGE)
                    .build());
            server.start();

            Result result = cli.run("jobs", "add", server.url("/jobs/77").toString(), "--company", "Contoso Ltd");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("Contoso Ltd\tData Engineer");
        }
    }

    @Test
    void aPageWithoutAPostingOrAMissingFileIsAOneLineError() throws IOException {
        CliRunner cli = new CliRunner(dir);
        Path search = Files.writeString(dir.resolve("search.html"), "<html><body>42 jobs found</body></html>");

        Result noPosting = cli.run("jobs", "add", search.toString());
        Result missing = cli.run("jobs", "add", dir.resolve("nope.html").toString());

        assertThat(noPosting.exitCode()).isEqualTo(2);
        assertThat(noPosting.err().lines()).singleElement().asString().contains("has no schema.org JobPosting");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("is neither an http(s) URL nor a file");
    }
}
