package jsa.jobs;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import jsa.FileProblems;
import jsa.JsaException;
import jsa.jobs.source.workday.WorkdayConfig;

/**
 * Reads and checks a companies file ({@code examples/companies.yaml} shows the format): every
 * entry is checked before anything is returned, so a bad entry imports nothing.
 */
final class CompanyFile {
    private static final Set<String> TOP = Set.of("companies", "search_configs");
    private static final Set<String> COMPANY =
            Set.of("name", "platform", "public_site_url", "active", "board", "api_base", "workday");
    private static final Set<String> WORKDAY = Set.of("base_url", "tenant", "site", "location_filters");
    private static final Set<String> SEARCH = Set.of("search_term", "exclude_terms", "active");

    /** What a file describes. */
    record Contents(List<CompanySpec> companies, List<SearchConfig> searches) {}

    private final Path file;
    private final List<String> problems = new ArrayList<>();

    private CompanyFile(Path file) {
        this.file = file;
    }

    /**
     * The companies and search terms in {@code file}.
     *
     * @throws JsaException naming the file, the entry and the problem (exit 2), or when the file
     *     cannot be read (exit 1)
     */
    static Contents read(Path file) {
        return new CompanyFile(file).parse();
    }

    private Contents parse() {
        JsonNode root = tree();
        if (!root.isObject()) {
            throw invalid(file + " must be a mapping with 'companies' and 'search_configs'");
        }
        unknownKeys(root, TOP, "the top level");
        List<CompanySpec> companies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode list = root.path("companies");
        for (int i = 0; i < list.size(); i++) {
            CompanySpec company = company(list.get(i), "companies[" + (i + 1) + "]");
            if (company != null && !names.add(company.name().toLowerCase(Locale.ROOT))) {
                problems.add("companies[" + (i + 1) + "] (" + company.name() + "): the name is listed twice");
            }
            companies.add(company);
        }
        List<SearchConfig> searches = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        JsonNode searchList = root.path("search_configs");
        for (int i = 0; i < searchList.size(); i++) {
            SearchConfig search = search(searchList.get(i), "search_configs[" + (i + 1) + "]");
            if (search != null && !terms.add(search.searchTerm().toLowerCase(Locale.ROOT))) {
                problems.add("search_configs[" + (i + 1) + "] (" + search.searchTerm() + "): listed twice");
            }
            searches.add(search);
        }
        if (!problems.isEmpty()) {
            String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more problems)";
            throw invalid(file + ": " + problems.get(0) + more);
        }
        return new Contents(List.copyOf(companies), List.copyOf(searches));
    }

    private CompanySpec company(JsonNode node, String where) {
        if (!node.isObject()) {
            problems.add(where + ": must be a mapping with at least name and platform");
            return null;
        }
        String name = text(node, "name", where, true);
        String label = name == null ? where : where + " (" + name + ")";
        unknownKeys(node, COMPANY, label);
        String platformId = text(node, "platform", label, true);
        if (name == null || platformId == null) {
            return null;
        }
        Platform platform = Platform.byId(platformId).orElse(null);
        if (platform == null) {
            problems.add(label + ": unknown platform '" + platformId + "'; use one of " + Platform.ids());
            return null;
        }
        String site = url(node, "public_site_url", label);
        boolean active = flag(node, "active", label);
        if (platform == Platform.OTHER) {
            notAllowed(node, label, "board", "api_base", "workday");
            return new CompanySpec(name, platform, site, active, null, null);
        }
        if (platform == Platform.WORKDAY) {
            notAllowed(node, label, "board", "api_base");
            return new CompanySpec(name, platform, site, active, workday(node.path("workday"), label), null);
        }
        notAllowed(node, label, "workday");
        String board = text(node, "board", label, true);
        return new CompanySpec(
                name, platform, site, active, null, new BoardConfig(board, url(node, "api_base", label)));
    }

    private WorkdayConfig workday(JsonNode node, String label) {
        if (!node.isObject()) {
            problems.add(label + ": a workday company needs 'workday: {base_url, tenant, site}'");
            return null;
        }
        unknownKeys(node, WORKDAY, label + " workday");
        String baseUrl = url(node, "base_url", label + " workday");
        if (baseUrl == null) {
            problems.add(label + ": workday.base_url is missing");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        JsonNode locations = node.path("location_filters");
        if (!locations.isMissingNode() && !locations.isObject()) {
            problems.add(label + ": workday.location_filters must map location names to facet ids");
        }
        locations.properties().forEach(e -> filters.put(e.getKey(), e.getValue().asText()));
        return new WorkdayConfig(
                baseUrl,
                text(node, "tenant", label + " workday", true),
                text(node, "site", label + " workday", true),
                filters);
    }

    private SearchConfig search(JsonNode node, String where) {
        if (!node.isObject()) {
            problems.add(where + ": must be a mapping with search_term");
            return null;
        }
        String term = text(node, "search_term", where, true);
        String label = term == null ? where : where + " (" + term + ")";
        unknownKeys(node, SEARCH, label);
        List<String> exclude = new ArrayList<>();
        JsonNode terms = node.path("exclude_terms");
        if (!terms.isMissingNode() && !terms.isArray()) {
            problems.add(label + ": exclude_terms must be a list, e.g. [Staff, Principal]");
        }
        terms.forEach(t -> exclude.add(t.asText().trim()));
        boolean active = flag(node, "active", label);
        return term == null ? null : new SearchConfig(term, exclude, active);
    }

    private String text(JsonNode node, String key, String label, boolean required) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            if (required) {
                problems.add(label + ": '" + key + "' is missing");
            }
            return null;
        }
        if (!value.isValueNode()) {
            problems.add(label + ": '" + key + "' must be a single value");
            return null;
        }
        return value.asText().trim();
    }

    private String url(JsonNode node, String key, String label) {
        String value = text(node, key, label, false);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(label + ": " + key + " '" + value + "' is not an http(s) URL");
        return null;
    }

    private boolean flag(JsonNode node, String key, String label) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return true;
        }
        if (!value.isBoolean()) {
            problems.add(label + ": '" + key + "' must be true or false");
        }
        return value.asBoolean(true);
    }

    private void unknownKeys(JsonNode node, Set<String> known, String label) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.add(label + ": unknown key '" + key + "' (known: " + String.join(", ", known) + ")");
            }
        });
    }

    private void notAllowed(JsonNode node, String label, String... keys) {
        for (String key : keys) {
            if (node.has(key)) {
                problems.add(label + ": '" + key + "' does not apply to this platform");
            }
        }
    }

    private JsonNode tree() {
        String text = FileProblems.readInput(file);
        try {
            JsonNode root = new YAMLMapper().readTree(text);
            return root == null ? MissingNode.getInstance() : root;
        } catch (JsonProcessingException e) {
            throw invalid(file + " is not valid YAML (line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static JsaException invalid(String problem) {
        return JsaException.usage(problem, "fix the file and import it again; nothing was imported");
    }
}
