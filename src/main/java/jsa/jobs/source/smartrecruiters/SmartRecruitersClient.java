package jsa.jobs.source.smartrecruiters;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jsa.http.HttpFailure;
import jsa.http.JsonFetcher;
import jsa.jobs.source.BoardClient;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.Posting;

import okhttp3.HttpUrl;

/**
 * A SmartRecruiters company: GETs its postings 100 at a time until {@code totalFound}, with the
 * search text as {@code q}. The list has no descriptions or pay. An unknown company answers like an
 * empty board (200, {@code totalFound} 0), so it yields an empty list, not a failure.
 */
public final class SmartRecruitersClient extends BoardClient {
    /** The public API host. */
    public static final HttpUrl API = Objects.requireNonNull(HttpUrl.parse("https://api.smartrecruiters.com/"));

    /** The public job pages: {@code {JOBS}/{board}/{postingId}}. */
    public static final HttpUrl JOBS = Objects.requireNonNull(HttpUrl.parse("https://jobs.smartrecruiters.com/"));

    /** The API's largest page. */
    static final int PAGE_SIZE = 100;

    public SmartRecruitersClient(JsonFetcher fetcher, HttpUrl apiBase, String companyId, String company) {
        super(fetcher, apiBase, companyId, company, "SmartRecruiters");
    }

    @Override
    public List<Posting> fetch(BoardQuery query) {
        // keyed by id: a posting added while paging shifts the rest, so one can come twice
        Map<String, Posting> postings = new LinkedHashMap<>();
        int offset = 0;
        while (true) {
            HttpUrl url = url(query, offset);
            SmartRecruitersPage page = fetcher.get(url, SmartRecruitersPage.class, what);
            if (page.content() == null || page.totalFound() == null) {
                throw new HttpFailure(
                        what + " sent no 'content' list or 'totalFound' for " + url,
                        "the API may have changed; retry later or report it",
                        null);
            }
            for (SmartRecruitersPage.Job job : page.content()) {
                if (job.id() != null) {
                    postings.putIfAbsent(job.id(), posting(job));
                }
            }
            // step by what came, not by the limit asked for: a server that sends less skips nothing
            offset += page.content().size();
            if (page.content().isEmpty() || offset >= page.totalFound()) {
                return List.copyOf(postings.values());
            }
        }
    }

    private HttpUrl url(BoardQuery query, int offset) {
        HttpUrl.Builder url = apiBase.newBuilder()
                .addPathSegments("v1/companies")
                .addPathSegment(board)
                .addPathSegment("postings")
                .addQueryParameter("offset", Integer.toString(offset))
                .addQueryParameter("limit", Integer.toString(PAGE_SIZE));
        if (query.searchText() != null && !query.searchText().isBlank()) {
            url.addQueryParameter("q", query.searchText().strip());
        }
        return url.build();
    }

    private Posting posting(SmartRecruitersPage.Job job) {
        return new Posting(
                job.id(),
                job.name() == null ? "" : job.name().strip(),
                location(job.location()),
                null,
                // 'ref' is the API's URL of the posting; the public page is on another host
                JOBS.newBuilder()
                        .addPathSegment(board)
                        .addPathSegment(job.id())
                        .build()
                        .toString(),
                job.releasedDate(),
                date(job.releasedDate()),
                label(job.department()),
                label(job.typeOfEmployment()),
                null,
                null,
                null,
                null,
                null);
    }

    /** "City, Region, CC", plus "(remote)" when the posting says so. */
    private static String location(SmartRecruitersPage.Location location) {
        if (location == null) {
            return null;
        }
        String country = location.country() == null ? null : location.country().toUpperCase(Locale.ROOT);
        String text = Stream.of(location.city(), location.region(), country)
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(", "));
        if (Boolean.TRUE.equals(location.remote())) {
            return text.isEmpty() ? "Remote" : text + " (remote)";
        }
        return text.isEmpty() ? null : text;
    }

    private static String label(SmartRecruitersPage.Labeled labeled) {
        return labeled == null || labeled.label() == null || labeled.label().isBlank() ? null : labeled.label();
    }

    private static LocalDate date(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
