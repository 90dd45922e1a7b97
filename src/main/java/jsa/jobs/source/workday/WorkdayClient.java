package jsa.jobs.source.workday;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import jsa.JsaException;
import jsa.http.HttpFailure;
import jsa.http.JsonFetcher;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.JobSource;
import jsa.jobs.source.Posting;

import okhttp3.HttpUrl;

/**
 * A Workday career site through its undocumented CXS API: POSTs searches of 20 rows (Workday's
 * maximum), reads the count from the first page and fetches the other pages four at a time. The
 * list has no descriptions, pay or real dates; {@code postedOn} is text such as "Posted 3 Days Ago",
 * dated against the clock. A location is applied as a Workday facet: the id configured for it, or
 * the value whose name is configured, looked up in the site's facets.
 */
public final class WorkdayClient implements JobSource {
    /** Workday answers 400 to a larger limit. */
    static final int PAGE_SIZE = 20;

    /** Some tenants report at most this total however many postings they have. */
    static final int TOTAL_CAP = 2000;

    /** Pages at once per fetch: ~32 concurrent requests drew 429s from a whole Workday pod. */
    private static final int THREADS = 4;

    /** Where paging past the cap gives up rather than run on forever. */
    private static final int MAX_OFFSET = 100_000;

    /** The facet that holds a configured location id; the public site uses it as {@code ?locations=}. */
    private static final String LOCATIONS = "locations";

    private static final Pattern FACET_ID = Pattern.compile("[0-9a-fA-F]{32}");

    private final JsonFetcher fetcher;
    private final WorkdayConfig config;
    private final Clock clock;
    private final HttpUrl jobsUrl;
    private final String what;

    /**
     * @param config the site; every request goes to its {@code baseUrl}
     * @param company the company's name, for messages
     * @param clock what "Posted Today" is relative to
     * @throws JsaException (usage) when the base URL is not an http(s) URL
     */
    public WorkdayClient(JsonFetcher fetcher, WorkdayConfig config, String company, Clock clock) {
        this.fetcher = fetcher;
        this.config = config;
        this.clock = clock;
        this.what = company + "'s Workday site '" + config.tenant() + "/" + config.site() + "'";
        HttpUrl base = HttpUrl.parse(config.baseUrl());
        if (base == null) {
            throw JsaException.usage(
                    what + " has base URL '" + config.baseUrl() + "', which is not an http(s) URL",
                    "check the board settings with 'jsa company show'");
        }
        this.jobsUrl = base.newBuilder()
                .addPathSegments("wday/cxs")
                .addPathSegment(config.tenant())
                .addPathSegment(config.site())
                .addPathSegment("jobs")
                .build();
    }

    /**
     * {@inheritDoc}
     *
     * @throws JsaException (usage) when the query's location is not one of the site's location
     *     filters, or names a facet value the site does not have
     */
    @Override
    public List<Posting> fetch(BoardQuery query) {
        String text = query.searchText() == null ? "" : query.searchText().strip();
        Map<String, List<String>> facets = appliedFacets(query.location());
        WorkdayPage first = page(facets, text, 0);
        // only the first page's total is real: later pages may say 0
        int total = first.total() == null ? 0 : first.total();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Integer> offsets = new ArrayList<>();
        for (int page = 1; page < pages; page++) {
            offsets.add(page * PAGE_SIZE);
        }
        LocalDate today = LocalDate.now(clock);
        // keyed by path: a posting added while paging shifts the rest, so one can come twice
        Map<String, Posting> postings = new LinkedHashMap<>();
        add(postings, first, today);
        for (WorkdayPage page : inParallel(offsets, facets, text)) {
            add(postings, page, today);
        }
        if (total == TOTAL_CAP) {
            pastTheCap(postings, facets, text, pages * PAGE_SIZE, today);
        }
        return List.copyOf(postings.values());
    }

    private Map<String, List<String>> appliedFacets(String location) {
        if (location == null || location.isBlank()) {
            return Map.of();
        }
        String filter = config.locationFilters().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(location.strip()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> JsaException.usage(
                        what + " has no location filter '" + location + "' (known: "
                                + known(config.locationFilters().keySet().stream()
                                        .sorted()
                                        .toList()) + ")",
                        "use one of those, or add it to the company's workday.location_filters"));
        if (FACET_ID.matcher(filter).matches()) {
            return Map.of(LOCATIONS, List.of(filter));
        }
        List<WorkdayPage.Facet> tree = page(Map.of(), "", 0).facets();
        FacetTree.Value value = FacetTree.find(tree, filter)
                .orElseThrow(() -> JsaException.usage(
                        what + " has no facet value '" + filter + "' for location '" + location + "' (its locations: "
                                + known(FacetTree.locationNames(tree)) + ")",
                        "fix the name in the company's workday.location_filters"
                                + " (or the site has no postings there now)"));
        return Map.of(value.parameter(), List.of(value.id()));
    }

    private static String known(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        int shown = Math.min(names.size(), 10);
        String text = String.join(", ", names.subList(0, shown));
        return shown < names.size() ? text + " and " + (names.size() - shown) + " more" : text;
    }

    private WorkdayPage page(Map<String, List<String>> facets, String text, int offset) {
        WorkdayPage page =
                fetcher.post(jobsUrl, new WorkdaySearch(facets, PAGE_SIZE, offset, text), WorkdayPage.class, what);
        if (page.jobPostings() == null) {
            // Workday can refuse a query with a 200 and an error object
            throw new HttpFailure(
                    what + " sent no 'jobPostings' list at offset " + offset + " for " + jobsUrl,
                    "retry later; if it persists, check the board settings with 'jsa company show'",
                    null);
        }
        return page;
    }

    /** Every page at {@code offsets}, in that order; the first failure fails them all. */
    private List<WorkdayPage> inParallel(List<Integer> offsets, Map<String, List<String>> facets, String text) {
        if (offsets.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, offsets.size()), runnable -> {
            Thread thread = new Thread(runnable, "jsa-workday-page");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<WorkdayPage> done = new ExecutorCompletionService<>(pool);
            List<Future<WorkdayPage>> futures = new ArrayList<>();
            for (int offset : offsets) {
                futures.add(done.submit(() -> page(facets, text, offset)));
            }
            // in completion order, so a failed page ends the wait at once
            for (int i = 0; i < futures.size(); i++) {
                done.take().get();
            }
            List<WorkdayPage> pages = new ArrayList<>();
            for (Future<WorkdayPage> future : futures) {
                pages.add(future.get());
            }
            return pages;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new HttpFailure(what + " could not be fetched (" + e.getCause() + ")", "retry later", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(what + " was interrupted while fetching its pages", null, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Pages on from {@code offset} one by one until a short page, as the total said no more. */
    private void pastTheCap(
            Map<String, Posting> postings, Map<String, List<String>> facets, String text, int offset, LocalDate today) {
        for (; ; offset += PAGE_SIZE) {
            if (offset >= MAX_OFFSET) {
                throw new HttpFailure(
                        what + " still sent full pages at offset " + MAX_OFFSET, "narrow the search and retry", null);
            }
            WorkdayPage page = page(facets, text, offset);
            int before = postings.size();
            add(postings, page, today);
            if (!page.jobPostings().isEmpty() && postings.size() == before) {
                // some tenants serve earlier rows again past the cap: the rest is out of reach
                throw new HttpFailure(
                        what + " repeats postings past offset " + offset + " (it lists at most " + TOTAL_CAP
                                + " per search), so the list would be incomplete",
                        "narrow the search with a search term or a location filter",
                        null);
            }
            if (page.jobPostings().size() < PAGE_SIZE) {
                return;
            }
        }
    }

    private static void add(Map<String, Posting> postings, WorkdayPage page, LocalDate today) {
        for (WorkdayPage.Job job : page.jobPostings()) {
            // Workday sends the odd bare row with neither path nor title: there is nothing to keep
            if (job != null && job.externalPath() != null && !job.externalPath().isBlank()) {
                postings.putIfAbsent(job.externalPath(), posting(job, today));
            }
        }
    }

    private static Posting posting(WorkdayPage.Job job, LocalDate today) {
        return new Posting(
                job.externalPath(),
                job.title() == null ? "" : job.title().strip(),
                job.locationsText(),
                job.externalPath(),
                null,
                job.postedOn(),
                PostedOn.date(job.postedOn(), today),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
