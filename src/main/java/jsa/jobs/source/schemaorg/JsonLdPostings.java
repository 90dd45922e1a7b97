package jsa.jobs.source.schemaorg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jsa.JsaException;

/**
 * Job postings from the schema.org {@code JobPosting} JSON-LD that career sites, Indeed and
 * LinkedIn embed in {@code <script type="application/ld+json">} for search engines: the way in
 * for sites without an API. A JobPosting is found wherever it sits in a block (top level, an
 * array, an {@code @graph}, a page's {@code mainEntity}).
 */
public final class JsonLdPostings {
    // pages often carry raw newlines and tabs inside JSON strings, which strict JSON forbids
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private JsonLdPostings() {}

    /**
     * Every JobPosting in the page's JSON-LD, in page order, exact duplicates dropped.
     *
     * @param pageUrl where the page came from, or null when unknown: the posting URL when the
     *     JSON-LD has none, and the external id of a page's only posting when it has neither
     *     identifier nor URL
     * @throws JsaException a usage error when the page has no JobPosting
     */
    public static List<PagePosting> parse(String html, String pageUrl) {
        List<Found> found = new ArrayList<>();
        int unreadable = 0;
        for (Element script : Jsoup.parse(html).select("script[type=application/ld+json]")) {
            JsonNode tree;
            try {
                tree = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                // one broken block must not hide a posting in another
                unreadable++;
                continue;
            }
            if (tree == null) {
                continue;
            }
            List<JsonNode> postings = new ArrayList<>();
            Map<String, JsonNode> nodes = new HashMap<>();
            walk(tree, postings, nodes);
            postings.forEach(posting -> found.add(new Found(posting, nodes)));
        }
        if (found.isEmpty()) {
            throw JsaException.usage(
                    (pageUrl == null ? "the page" : pageUrl) + " has no schema.org JobPosting"
                            + (unreadable == 0 ? "" : " (" + unreadable + " JSON-LD block(s) could not be read)"),
                    "save the posting's own page, not a search results page");
        }
        boolean alone = found.size() == 1;
        return found.stream()
                .map(f -> new JobPostingNode(f.posting(), f.nodes()).toPagePosting(pageUrl, alone))
                .distinct()
                .toList();
    }

    /** Collects the JobPostings under {@code node} and every node that has an {@code @id}. */
    private static void walk(JsonNode node, List<JsonNode> postings, Map<String, JsonNode> nodes) {
        if (node.isObject()) {
            String id = node.path("@id").asText("");
            if (!id.isEmpty() && node.size() > 1) {
                nodes.putIfAbsent(id, node);
            }
            if (isJobPosting(node.path("@type"))) {
                postings.add(node);
                return;
            }
        }
        node.forEach(child -> walk(child, postings, nodes));
    }

    private static boolean isJobPosting(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (isJobPosting(one)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("");
        return name.equals("JobPosting") || name.endsWith("/JobPosting") || name.endsWith(":JobPosting");
    }

    private record Found(JsonNode posting, Map<String, JsonNode> nodes) {}
}
