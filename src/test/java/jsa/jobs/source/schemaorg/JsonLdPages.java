package jsa.jobs.source.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jsa.jobs.source.Posting;

/** Pages built the way sites serve them, for the JSON-LD tests. */
final class JsonLdPages {
    private JsonLdPages() {}

    /** A page with the given head scripts and a little body. */
    static String page(String... scripts) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Job</title>");
        for (String script : scripts) {
            html.append(script);
        }
        return html.append("</head><body><h1>Apply now</h1><script>window.dataLayer=[];</script></body></html>")
                .toString();
    }

    static String ldJson(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    /** The page's one posting, failing when it has none or several. */
    static Posting only(String html, String pageUrl) {
        List<PagePosting> found = JsonLdPostings.parse(html, pageUrl);
        assertThat(found).hasSize(1);
        return found.get(0).posting();
    }
}
